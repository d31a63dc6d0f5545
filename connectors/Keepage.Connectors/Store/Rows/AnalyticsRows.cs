using Keepage.Core.Alerts;
using Keepage.Core.Kpis;

namespace Keepage.Connectors.Store.Rows;

internal sealed record KpiRow
{
    public const string Columns = """
        key AS Key, kpi AS Kpi, grain AS Grain, subject_id AS SubjectId, subject_name AS SubjectName,
        period_type AS PeriodType, period_start AS PeriodStart, value AS Value, previous_value AS PreviousValue,
        change_percent AS ChangePercent, count AS Count, coverage AS Coverage
        """;

    public string Key { get; init; } = "";
    public string Kpi { get; init; } = "";
    public string Grain { get; init; } = "";
    public string SubjectId { get; init; } = "";
    public string? SubjectName { get; init; }
    public string PeriodType { get; init; } = "";
    public string PeriodStart { get; init; } = "";
    public string Value { get; init; } = "";
    public string? PreviousValue { get; init; }
    public string? ChangePercent { get; init; }
    public long Count { get; init; }
    public string Coverage { get; init; } = "";

    public static KpiRow From(KpiRecord kpi) => new()
    {
        Key = kpi.Key,
        Kpi = kpi.Kpi,
        Grain = kpi.Grain,
        SubjectId = kpi.SubjectId,
        SubjectName = kpi.SubjectName,
        PeriodType = kpi.PeriodType,
        PeriodStart = StoreText.Date(kpi.PeriodStart),
        Value = StoreText.Decimal(kpi.Value),
        PreviousValue = StoreText.Decimal(kpi.PreviousValue),
        ChangePercent = StoreText.Decimal(kpi.ChangePercent),
        Count = kpi.Count,
        Coverage = StoreText.Decimal(kpi.Coverage),
    };

    public KpiRecord ToKpi() => new()
    {
        Key = Key,
        Kpi = Kpi,
        Grain = Grain,
        SubjectId = SubjectId,
        SubjectName = SubjectName,
        PeriodType = PeriodType,
        PeriodStart = StoreText.ParseDate(PeriodStart),
        Value = StoreText.ParseDecimal(Value),
        PreviousValue = StoreText.ParseNullableDecimal(PreviousValue),
        ChangePercent = StoreText.ParseNullableDecimal(ChangePercent),
        Count = (int)Count,
        Coverage = StoreText.ParseDecimal(Coverage),
    };
}

internal sealed record AlertRow
{
    public const string Columns = """
        key AS Key, rule AS Rule, subject_type AS SubjectType, subject_id AS SubjectId, subject_name AS SubjectName,
        period AS Period, severity AS Severity, expected AS Expected, observed AS Observed, explanation AS Explanation
        """;

    public string Key { get; init; } = "";
    public string Rule { get; init; } = "";
    public string SubjectType { get; init; } = "";
    public string SubjectId { get; init; } = "";
    public string? SubjectName { get; init; }
    public string Period { get; init; } = "";
    public string Severity { get; init; } = "";
    public string? Expected { get; init; }
    public string? Observed { get; init; }
    public string Explanation { get; init; } = "";

    public static AlertRow From(Alert alert) => new()
    {
        Key = alert.Key,
        Rule = alert.Rule,
        SubjectType = alert.SubjectType,
        SubjectId = alert.SubjectId,
        SubjectName = alert.SubjectName,
        Period = alert.Period,
        Severity = alert.Severity.ToString(),
        Expected = StoreText.Decimal(alert.Expected),
        Observed = StoreText.Decimal(alert.Observed),
        Explanation = alert.Explanation,
    };

    public Alert ToAlert() => new()
    {
        Key = Key,
        Rule = Rule,
        SubjectType = SubjectType,
        SubjectId = SubjectId,
        SubjectName = SubjectName,
        Period = Period,
        Severity = Enum.Parse<AlertSeverity>(Severity),
        Expected = StoreText.ParseNullableDecimal(Expected),
        Observed = StoreText.ParseNullableDecimal(Observed),
        Explanation = Explanation,
    };
}
