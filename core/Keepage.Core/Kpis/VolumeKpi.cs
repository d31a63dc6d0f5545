namespace Keepage.Core.Kpis;

// Referral volume per subject and month. A subject gets a row for every month from its first referral on, zero months
// included so drops show, until it has gone a whole look-back without referring.
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
}
