namespace Keepage.Core.Kpis;

// Lapsed and reactivated referrers per month, for the system and each liaison. A provider is regular at a referral when
// it sent at least RegularMinimumReferrals in the 12 months up to it; it lapses LapsedDays after such a referral when
// no other followed, in the month that day falls in (before the as-of date); it is reactivated in the month of its
// next referral after a lapse. Count is the referrals of the month under the subject (as for new providers).
internal static class ReferrerDynamicsKpi
{
    public static IEnumerable<KpiCell> Cells(
        IReadOnlyList<SubjectHistory> providers, Func<string, string?> subjectOf, string grain,
        IReadOnlyList<SubjectHistory> subjectVolumes, KpiWindow window, KpiSettings settings, DateOnly asOf)
    {
        var lapsed = new Dictionary<(string, int), int>();
        var reactivated = new Dictionary<(string, int), int>();
        foreach (var provider in providers)
        {
            if (subjectOf(provider.Id) is not { } subject)
                continue;
            foreach (var (lapse, back) in Lapses(provider.Dates, settings, asOf))
            {
                Increment(lapsed, (subject, CalendarMonth.Of(lapse).Index));
                if (back is { } date)
                    Increment(reactivated, (subject, CalendarMonth.Of(date).Index));
            }
        }
        foreach (var history in subjectVolumes)
        {
            for (var month = KpiWindow.Later(window.First, history.FirstMonth); month.Index <= window.Last.Index; month = month.AddMonths(1))
            {
                var count = history.CountIn(month);
                var previous = history.CountIn(month.AddMonths(-1));
                yield return Cell(KpiNames.LapsedReferrers, lapsed, history.Id, month, count, previous);
                yield return Cell(KpiNames.ReactivatedReferrers, reactivated, history.Id, month, count, previous);
            }
        }

        KpiCell Cell(string kpi, Dictionary<(string, int), int> events, string id, CalendarMonth month, int count, int previous) => new(
            kpi, grain, id, null, month, events.GetValueOrDefault((id, month.Index)), count, 1m,
            events.GetValueOrDefault((id, month.Index - 1)), previous);
    }

    // Each lapse date, with the referral that ended it (null while the provider is still silent).
    private static IEnumerable<(DateOnly Lapse, DateOnly? Back)> Lapses(IReadOnlyList<DateOnly> dates, KpiSettings settings, DateOnly asOf)
    {
        var from = 0;
        for (var i = 0; i < dates.Count; i++)
        {
            while (dates[from] < dates[i].AddMonths(-12))
                from++;
            var next = i + 1 < dates.Count ? dates[i + 1] : (DateOnly?)null;
            var lapse = dates[i].AddDays(settings.LapsedDays);
            if (i + 1 - from >= settings.RegularMinimumReferrals && lapse < (next ?? asOf))
                yield return (lapse, next);
        }
    }

    private static void Increment(Dictionary<(string, int), int> counts, (string, int) key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;
}
