using Keepage.Core.Kpis;

namespace Keepage.Core.Alerts;

// volume_drop: the evaluated month's count against the subject's own baseline, the mean of the previous complete
// months, deseasonalised month by month and reseasonalised for the evaluated month when a seasonal index exists.
// Fires when the one-sided Poisson P(X ≤ observed | expected) is below alpha.
internal static class VolumeDropRule
{
    public static IEnumerable<Alert> Evaluate(
        string subjectType, IReadOnlyList<SubjectHistory> histories, SeasonalIndex? season, CalendarMonth month, AlertSettings settings)
    {
        foreach (var history in histories)
        {
            if (Test(history, season, month, settings) is { } drop)
                yield return ToAlert(subjectType, history, month, drop, settings.BaselineMonths);
        }
    }

    private static VolumeDrop? Test(SubjectHistory history, SeasonalIndex? season, CalendarMonth month, AlertSettings settings)
    {
        // A subject that started inside the baseline would have its first months averaged in as zeros.
        if (history.FirstMonth.Index > month.AddMonths(-settings.BaselineMonths).Index)
            return null;
        var expected = Enumerable.Range(1, settings.BaselineMonths)
            .Select(i => month.AddMonths(-i))
            .Average(m => history.CountIn(m) / Factor(season, m)) * Factor(season, month);
        if (expected < settings.MinimumBaseline)
            return null;
        var observed = history.CountIn(month);
        var p = Poisson.Cdf(observed, expected);
        var drop = 1 - observed / expected;
        return p < settings.Alpha && drop >= settings.MinimumRelativeDrop
            ? new VolumeDrop(expected, observed, p, drop, season is not null)
            : null;
    }

    private static double Factor(SeasonalIndex? season, CalendarMonth month) => season?.FactorOf(month) ?? 1;

    private static Alert ToAlert(string subjectType, SubjectHistory history, CalendarMonth month, VolumeDrop drop, int baselineMonths)
    {
        var baseline = drop.Seasonal ? $"seasonally adjusted {baselineMonths}-month baseline" : $"{baselineMonths}-month baseline";
        return new Alert
        {
            Key = Alert.MakeKey(AlertRules.VolumeDrop, subjectType, history.Id, month.Label),
            Rule = AlertRules.VolumeDrop,
            SubjectType = subjectType,
            SubjectId = history.Id,
            SubjectName = history.Name,
            Period = month.Label,
            Severity = drop.Severity,
            Expected = AlertWording.Rounded(drop.Expected),
            Observed = drop.Observed,
            Explanation =
                $"Referrals from {AlertWording.Subject(subjectType, history.Id, history.Name)} in {month.Label}: " +
                $"expected {AlertWording.Number(drop.Expected)}, observed {drop.Observed} " +
                $"({AlertWording.PValue(drop.PValue)}, {AlertWording.Percent(drop.RelativeDrop)} below the {baseline}).",
        };
    }

    private sealed record VolumeDrop(double Expected, int Observed, double PValue, double RelativeDrop, bool Seasonal)
    {
        public AlertSeverity Severity => (PValue, RelativeDrop) switch
        {
            (< 0.001, >= 0.75) => AlertSeverity.High,
            (< 0.001, _) or (_, >= 0.5) => AlertSeverity.Medium,
            _ => AlertSeverity.Low,
        };
    }
}
