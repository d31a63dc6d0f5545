namespace Keepage.Core.Crm;

/// <summary>
/// Keepage's canonical names for the fields of the records it writes. Connectors map each to the target's column
/// (Dataverse <c>kpg_value</c>, Salesforce <c>Value__c</c>, or the organisation's own names from the mapping).
/// </summary>
public static class CrmFields
{
    public const string Name = "name";
    public const string Kpi = "kpi";
    public const string Grain = "grain";
    public const string SubjectType = "subject_type";
    public const string SubjectId = "subject_id";
    public const string SubjectName = "subject_name";
    public const string PeriodType = "period_type";
    public const string PeriodStart = "period_start";
    public const string Period = "period";
    public const string Value = "value";
    public const string PreviousValue = "previous_value";
    public const string ChangePercent = "change_percent";
    public const string Count = "count";
    public const string Coverage = "coverage";
    public const string Rule = "rule";
    public const string Severity = "severity";
    public const string Expected = "expected";
    public const string Observed = "observed";
    public const string Description = "description";
}
