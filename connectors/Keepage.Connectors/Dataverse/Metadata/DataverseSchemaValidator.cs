using Keepage.Core.Crm;
using Microsoft.Extensions.Options;

namespace Keepage.Connectors.Dataverse.Metadata;

/// <summary>
/// Checks a Dataverse mapping against the organisation's EntityDefinitions before anything is written: that the
/// tables, columns and alternate keys it names exist (wire spec A13). Two metadata requests: every table's names,
/// then the mapped tables with their columns and keys. An empty list means the mapping is valid.
/// </summary>
public sealed class DataverseSchemaValidator(IDataverseApi api, IOptions<DataverseOptions> options)
{
    private const string Details = "$select=LogicalName,EntitySetName,IsActivity"
        + "&$expand=Attributes($select=LogicalName,AttributeType),Keys($select=LogicalName,KeyAttributes,EntityKeyIndexStatus)";

    public async Task<IReadOnlyList<CrmSchemaFinding>> ValidateAsync(DataverseSchemaOptions schema, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var all = await ReadAsync("$select=LogicalName,EntitySetName", cancellationToken);
        string[] mapped = ["contacts", "accounts", .. schema.OutreachActivitySets.Keys, schema.KpiEntitySet, schema.AlertEntitySet];
        var logicalNames = all.Where(t => mapped.Contains(t.EntitySetName, StringComparer.Ordinal)).Select(t => t.LogicalName).Distinct().ToList();
        var tables = logicalNames.Count == 0 ? [] : await ReadAsync($"{Details}&$filter={Uri.EscapeDataString(Filter(logicalNames))}", cancellationToken);
        var rules = new SchemaRules(options.Value.TargetName, tables.ToDictionary(t => t.EntitySetName, StringComparer.Ordinal), [.. all.Select(t => t.EntitySetName)]);
        return rules.Check(schema);
    }

    private static string Filter(IEnumerable<string> logicalNames) =>
        string.Join(" or ", logicalNames.Select(name => ODataLiteral.EqualsCondition("LogicalName", name)));

    private async Task<List<TableMetadata>> ReadAsync(string query, CancellationToken cancellationToken)
    {
        using var response = await api.RetrieveEntityDefinitionsAsync(query, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var (code, message) = WriteOutcomes.Error(body);
            throw new DataverseException(response.StatusCode, code, $"Reading Dataverse metadata failed: {(int)response.StatusCode} {code}: {message}");
        }
        return TableMetadata.ParseAll(body);
    }
}
