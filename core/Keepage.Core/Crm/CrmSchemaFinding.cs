namespace Keepage.Core.Crm;

/// <summary>
/// One way the configured CRM mapping does not match the target's metadata (Dataverse EntityDefinitions, Salesforce
/// describe): a missing table or field, a key that is not an alternate key / External ID, a field that cannot be written.
/// </summary>
/// <param name="Target">The target's configured name (<c>dataverse</c>, <c>salesforce</c>).</param>
/// <param name="Table">The table, entity set or object as configured.</param>
/// <param name="Field">The column or field as configured; null when the finding is about the table itself.</param>
/// <param name="Problem">What is wrong, in words an admin can act on.</param>
/// <param name="Suggestion">The nearest existing name ("did you mean"), or null when none is close.</param>
public sealed record CrmSchemaFinding(string Target, string Table, string? Field, string Problem, string? Suggestion = null);
