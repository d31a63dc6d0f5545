namespace Keepage.Core.Crm;

/// <summary>
/// One record Keepage wants to exist in a CRM, in CRM-neutral form: the kind (KPI or alert), its deterministic key,
/// the field values under Keepage's canonical field names (see <see cref="CrmFields"/>; each connector maps them to
/// the organisation's table and column names) and what it is regarding (the provider's contact or practice's account).
/// </summary>
public sealed record CrmRecord(
    CrmRecordKind Kind,
    string Key,
    IReadOnlyDictionary<string, object?> Fields,
    CrmReference? Regarding = null);

public enum CrmRecordKind
{
    Kpi,
    Alert,
}

/// <summary>A link to a CRM row: its table (contact, account) and id.</summary>
public sealed record CrmReference(string Table, string CrmId);
