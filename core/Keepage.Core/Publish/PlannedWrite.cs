using Keepage.Core.Crm;

namespace Keepage.Core.Publish;

/// <summary>
/// One write a dry run found a real run would make: the target and its table, the record's key, create or update, and
/// each changed field with the value last written (null when never written or not known) and the new one.
/// </summary>
public sealed record PlannedWrite(
    string Target, string Table, CrmRecordKind Kind, string Key, PlannedOperation Operation, IReadOnlyList<FieldChange> Changes);

public enum PlannedOperation
{
    Create,
    Update,
}

/// <summary>A field's value as last written to the CRM and as it would be written now, both in invariant text form.</summary>
public sealed record FieldChange(string Field, string? Old, string? New);
