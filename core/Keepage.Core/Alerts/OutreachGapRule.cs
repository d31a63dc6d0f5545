using Keepage.Core.Kpis;

namespace Keepage.Core.Alerts;

// outreach_gap: a top referrer (TopReferrerShare of providers by referrals in the 12 months before the as-of date) known
// to the CRM with no outreach activity in OutreachGapDays. Period: the month the gap reached OutreachGapDays (from the
// last visit, or from the first referral when never visited), so it keeps its key until someone visits.
internal static class OutreachGapRule
{
    public static IEnumerable<Alert> Evaluate(IReadOnlyList<SubjectHistory> providers, OutreachContext outreach, DateOnly asOf, AlertSettings settings)
    {
        var from = asOf.AddMonths(-12);
        var active = providers
            .Select(p => (Provider: p, Volume: SortedDates.CountBetween(p.Dates, from, asOf)))
            .Where(p => p.Volume > 0)
            .ToList();
        var top = active
            .OrderByDescending(p => p.Volume)
            .ThenBy(p => p.Provider.Id, StringComparer.Ordinal)
            .Take((int)Math.Ceiling(active.Count * settings.TopReferrerShare));
        var gapFrom = asOf.AddDays(-settings.OutreachGapDays);
        foreach (var (provider, volume) in top)
        {
            if (!outreach.LiaisonByProvider.ContainsKey(provider.Id))
                continue;
            var visits = outreach.VisitsByProvider.GetValueOrDefault(provider.Id) ?? [];
            if (SortedDates.AnyBetween(visits, gapFrom, asOf))
                continue;
            var last = SortedDates.LowerBound(visits, asOf) is var i and > 0 ? visits[i - 1] : (DateOnly?)null;
            var since = (last ?? provider.Dates[0]).AddDays(settings.OutreachGapDays);
            yield return AlertFactory.Provider(
                AlertRules.OutreachGap, provider, CalendarMonth.Of(since).Label, AlertSeverity.Medium, null, volume,
                $"{AlertWording.Subject(Grains.Provider, provider.Id, provider.Name)} sent {volume} referrals in the last 12 months " +
                $"(a top referrer) and has had no outreach in {settings.OutreachGapDays} days" +
                (last is { } d ? $" (last on {d:yyyy-MM-dd})." : " (never visited)."));
        }
    }
}
