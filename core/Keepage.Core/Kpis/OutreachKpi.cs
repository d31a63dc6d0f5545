namespace Keepage.Core.Kpis;

// Outreach coverage and lift per month, for the system and each liaison (the provider's owner).
// Coverage: of the top referrers (TopReferrerShare of the providers referring in the 12 months ending with the month,
// by volume, ties by id), the share with an outreach activity in the OutreachCoverageDays before the month's end.
// Lift: for providers first visited in the month, referrals in the LiftDays after the visit over the LiftDays before,
// minus the same ratio for comparable unvisited providers (no visit within LiftDays of the month, before-volume inside the
// visited providers' range) around the 15th. Only months whose after-window ended before the as-of date get a lift.
internal static class OutreachKpi
{
    public static IEnumerable<KpiCell> Cells(
        IReadOnlyList<SubjectHistory> providers, OutreachContext outreach, Func<string, string?> subjectOf, string grain,
        KpiWindow window, KpiSettings settings, DateOnly asOf)
    {
        var subjects = providers.Select(p => subjectOf(p.Id)).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        for (var month = window.First; month.Index <= window.Last.Index; month = month.AddMonths(1))
        {
            var top = TopReferrers(providers, month, settings.TopReferrerShare);
            var end = month.AddMonths(1).Start;
            foreach (var subject in subjects)
            {
                var mine = top.Where(p => subjectOf(p.Id) == subject).ToList();
                if (mine.Count > 0)
                {
                    var visited = mine.Count(p => Visited(outreach, p.Id, end.AddDays(-settings.OutreachCoverageDays), end));
                    var known = mine.Count(p => outreach.LiaisonByProvider.ContainsKey(p.Id) || outreach.VisitsByProvider.ContainsKey(p.Id));
                    yield return new(KpiNames.OutreachCoverage, grain, subject, null, month, KpiCell.Share(visited, mine.Count), mine.Count, KpiCell.Share(known, mine.Count), null, null);
                }
                if (end.AddDays(settings.OutreachLiftDays) < asOf
                    && Lift(providers.Where(p => subjectOf(p.Id) == subject), outreach, month, settings.OutreachLiftDays) is { } lift)
                    yield return new(KpiNames.OutreachLift, grain, subject, null, month, lift.Value, lift.Visited, lift.Coverage, null, null);
            }
        }
    }

    private static List<SubjectHistory> TopReferrers(IReadOnlyList<SubjectHistory> providers, CalendarMonth month, double share)
    {
        var from = month.AddMonths(-11).Start;
        var until = month.AddMonths(1).Start;
        var active = providers
            .Select(p => (Provider: p, Volume: SortedDates.CountBetween(p.Dates, from, until)))
            .Where(p => p.Volume > 0)
            .ToList();
        var take = (int)Math.Ceiling(active.Count * share);
        return [.. active.OrderByDescending(p => p.Volume).ThenBy(p => p.Provider.Id, StringComparer.Ordinal).Take(take).Select(p => p.Provider)];
    }

    private static bool Visited(OutreachContext outreach, string provider, DateOnly from, DateOnly until) =>
        outreach.VisitsByProvider.TryGetValue(provider, out var visits) && SortedDates.AnyBetween(visits, from, until);

    private static (decimal Value, int Visited, decimal Coverage)? Lift(
        IEnumerable<SubjectHistory> providers, OutreachContext outreach, CalendarMonth month, int days)
    {
        var start = month.Start;
        var end = month.AddMonths(1).Start;
        var visited = new List<(int Before, int After)>();
        var peers = new List<(int Before, int After)>();
        foreach (var provider in providers)
        {
            var visits = outreach.VisitsByProvider.GetValueOrDefault(provider.Id) ?? [];
            var first = SortedDates.LowerBound(visits, start);
            if (first < visits.Count && visits[first] < end && !SortedDates.AnyBetween(visits, start.AddDays(-days), start))
                visited.Add(Around(provider.Dates, visits[first], days));
            else if (!SortedDates.AnyBetween(visits, start.AddDays(-days), end.AddDays(days)))
                peers.Add(Around(provider.Dates, start.AddDays(14), days));
        }
        var withBefore = visited.Where(v => v.Before > 0).ToList();
        if (withBefore.Count == 0)
            return null;
        var (low, high) = (withBefore.Min(v => v.Before), withBefore.Max(v => v.Before));
        var comparable = peers.Where(p => p.Before >= low && p.Before <= high).ToList();
        if (comparable.Count == 0)
            return null;
        var value = Ratio(withBefore) - Ratio(comparable);
        return (Math.Round(value, 4, MidpointRounding.AwayFromZero), visited.Count, KpiCell.Share(withBefore.Count, visited.Count));
    }

    // Referrals in [day - days, day) and [day, day + days).
    private static (int Before, int After) Around(IReadOnlyList<DateOnly> dates, DateOnly day, int days) =>
        (SortedDates.CountBetween(dates, day.AddDays(-days), day), SortedDates.CountBetween(dates, day, day.AddDays(days)));

    private static decimal Ratio(List<(int Before, int After)> group) => (decimal)group.Sum(g => g.After) / group.Sum(g => g.Before);
}
