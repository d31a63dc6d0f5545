namespace Keepage.Core.Kpis;

/// <summary>
/// One KPI value for one subject and period. <see cref="Key"/> is deterministic (kpi, grain, subject, period),
/// so a re-run upserts the same CRM record. Counts travel with the value, and so does data coverage.
/// </summary>
public sealed record KpiRecord
{
    public required string Key { get; init; }
    public required string Kpi { get; init; }
    public required string Grain { get; init; }
    public required string SubjectId { get; init; }
    public string? SubjectName { get; init; }
    public required string PeriodType { get; init; }
    public required DateOnly PeriodStart { get; init; }
    public required decimal Value { get; init; }
    public decimal? PreviousValue { get; init; }
    public decimal? ChangePercent { get; init; }
    public required int Count { get; init; }

    /// <summary>Share (0..1) of the period's referrals whose data was complete enough to count.</summary>
    public required decimal Coverage { get; init; }

    /// <summary>Months read <c>yyyy-MM</c>, weeks <c>yyyy-MM-dd</c> (the Monday); the subject id is made key-safe.</summary>
    public static string MakeKey(string kpi, string grain, string subjectId, string periodType, DateOnly periodStart) =>
        string.Concat([kpi, ".", grain, ".", KeyText.Clean(subjectId), ".", periodType, ".", PeriodLabel(periodType, periodStart)]);

    // Written digit by digit: a full run makes a million and a half keys, and format strings are parsed per call.
    private static string PeriodLabel(string periodType, DateOnly start) =>
        string.Create(periodType == PeriodTypes.Month ? 7 : 10, (start, periodType == PeriodTypes.Month), static (span, state) =>
        {
            var (date, month) = state;
            Digits(span[..4], date.Year);
            span[4] = '-';
            Digits(span.Slice(5, 2), date.Month);
            if (month)
                return;
            span[7] = '-';
            Digits(span.Slice(8, 2), date.Day);
        });

    private static void Digits(Span<char> span, int value)
    {
        for (var i = span.Length - 1; i >= 0; i--, value /= 10)
            span[i] = (char)('0' + value % 10);
    }
}
