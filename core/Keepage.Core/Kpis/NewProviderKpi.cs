namespace Keepage.Core.Kpis;

// New referring providers per month: providers with a referral in the month and none in the look-back months before
// it. Coverage is the share of the month's referrals with a valid NPI, times the share of the look-back the data
// actually covers (a month near the start of the data cannot tell new from returning providers).
internal static class NewProviderKpi
{
    public static IEnumerable<KpiCell> Cells(IReadOnlyList<ResolvedReferral> referrals, CalendarMonth dataStart, KpiWindow window, int lookBackMonths)
    {
        var attributed = referrals.Where(r => r.ProviderId is not null).ToList();
        var monthsByProvider = attributed
            .GroupBy(r => r.ProviderId!, StringComparer.Ordinal)
            .Select(g => g.Select(r => r.Month.Index).ToHashSet())
            .ToList();
        var byMonth = attributed.ToLookup(r => r.Month.Index);
        for (var month = KpiWindow.Later(window.First, dataStart); month.Index <= window.Last.Index; month = month.AddMonths(1))
        {
            var inMonth = byMonth[month.Index].ToList();
            var previous = month.AddMonths(-1);
            var hasPrevious = previous.Index >= dataStart.Index;
            var history = (decimal)Math.Min(lookBackMonths, month.MonthsSince(dataStart)) / lookBackMonths;
            var coverage = Math.Round(KpiCell.Share(inMonth.Count(r => r.NpiOnRow), inMonth.Count) * history, 4, MidpointRounding.AwayFromZero);
            yield return new KpiCell(
                KpiNames.NewReferringProviders, Grains.System, KpiSubjects.All, null, month,
                NewIn(month, monthsByProvider, lookBackMonths), inMonth.Count, coverage,
                hasPrevious ? NewIn(previous, monthsByProvider, lookBackMonths) : null,
                hasPrevious ? byMonth[previous.Index].Count() : null);
        }
    }

    private static int NewIn(CalendarMonth month, List<HashSet<int>> monthsByProvider, int lookBackMonths) =>
        monthsByProvider.Count(months =>
            months.Contains(month.Index)
            && !Enumerable.Range(month.Index - lookBackMonths, lookBackMonths).Any(months.Contains));
}
