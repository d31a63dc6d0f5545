namespace Keepage.Core.Kpis;

// Referral volume per subject and month. A subject gets a row for every month from its first referral on, zero months
// included so drops show, until it has gone a whole look-back without referring. The year-on-year row compares the
// same count with the same month a year earlier, once the data reaches back that far.
internal static class VolumeKpi
{
    public static IEnumerable<KpiCell> Cells(string grain, IReadOnlyList<SubjectHistory> histories, KpiWindow window, int lookBackMonths)
    {
        foreach (var history in histories)
        {
            for (var month = KpiWindow.Later(window.First, history.FirstMonth); month.Index <= window.Last.Index; month = month.AddMonths(1))
            {
                if (!history.ReferredBetween(month.AddMonths(1 - lookBackMonths), month))
                    continue;
                var count = history.CountIn(month);
                var previous = history.CountIn(month.AddMonths(-1));
                yield return new KpiCell(
                    KpiNames.ReferralVolume, grain, history.Id, history.Name, month,
                    count, count, KpiCell.Share(history.CompleteIn(month), count), previous, previous);
            }
        }
    }

    public static IEnumerable<KpiCell> YearOnYear(
        string grain, IReadOnlyList<SubjectHistory> histories, KpiWindow window, int lookBackMonths, CalendarMonth dataStart)
    {
        foreach (var history in histories)
        {
            var first = KpiWindow.Later(KpiWindow.Later(window.First, history.FirstMonth), dataStart.AddMonths(12));
            for (var month = first; month.Index <= window.Last.Index; month = month.AddMonths(1))
            {
                if (!history.ReferredBetween(month.AddMonths(1 - lookBackMonths), month))
                    continue;
                var count = history.CountIn(month);
                var lastYear = history.CountIn(month.AddMonths(-12));
                yield return new KpiCell(
                    KpiNames.ReferralVolumeYearOnYear, grain, history.Id, history.Name, month,
                    count, count, KpiCell.Share(history.CompleteIn(month), count), lastYear, lastYear);
            }
        }
    }
}
