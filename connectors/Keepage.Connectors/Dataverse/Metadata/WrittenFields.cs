using Keepage.Core.Crm;

namespace Keepage.Connectors.Dataverse.Metadata;

/// <summary>
/// The canonical fields Keepage writes for each record kind (as Keepage.Core's CrmRecordBuilder fills them). The
/// column maps name every canonical field, but only these must exist in the organisation's tables.
/// </summary>
internal static class WrittenFields
{
    public static IReadOnlyList<string> Kpi { get; } =
    [
        CrmFields.Name, CrmFields.Kpi, CrmFields.Grain, CrmFields.SubjectId, CrmFields.SubjectName, CrmFields.PeriodType,
        CrmFields.PeriodStart, CrmFields.Value, CrmFields.PreviousValue, CrmFields.ChangePercent, CrmFields.Count, CrmFields.Coverage,
    ];

    public static IReadOnlyList<string> Alert { get; } =
    [
        CrmFields.Name, CrmFields.Rule, CrmFields.SubjectType, CrmFields.SubjectId, CrmFields.Period, CrmFields.Severity,
        CrmFields.Expected, CrmFields.Observed, CrmFields.Description,
    ];
}
