using System.Globalization;
using Keepage.Core.Kpis;

namespace Keepage.Core.Alerts;

// dormant_referrer: a provider who referred regularly in the look-back months before the dormant days (enough
// referrals, spread over enough months) and sent none in the dormant days before the as-of date.
internal static class DormantReferrerRule
{
    public static IEnumerable<Alert> Evaluate(IReadOnlyList<SubjectHistory> providers, DateOnly asOf, AlertSettings settings)
    {
        var dormantFrom = asOf.AddDays(-settings.DormantDays);
        var regularFrom = dormantFrom.AddMonths(-settings.RegularLookBackMonths);
        var period = CalendarMonth.Of(asOf).Label;
        foreach (var provider in providers)
        {
            if (provider.Dates[^1] >= dormantFrom)
                continue;
            var before = provider.Dates.Where(d => d >= regularFrom).ToList();
            if (before.Count < settings.RegularMinimumReferrals
                || before.Select(CalendarMonth.Of).Distinct().Count() < settings.RegularMinimumMonths)
                continue;
            var expected = before.Count * (double)settings.DormantDays / (dormantFrom.DayNumber - regularFrom.DayNumber);
            yield return ToAlert(provider, period, asOf, expected, before.Count, settings);
        }
    }

    private static Alert ToAlert(SubjectHistory provider, string period, DateOnly asOf, double expected, int before, AlertSettings settings) => new()
    {
        Key = Alert.MakeKey(AlertRules.DormantReferrer, Grains.Provider, provider.Id, period),
        Rule = AlertRules.DormantReferrer,
        SubjectType = Grains.Provider,
        SubjectId = provider.Id,
        SubjectName = provider.Name,
        Period = period,
        Severity = SeverityOf(expected),
        Expected = AlertWording.Rounded(expected),
        Observed = 0,
        Explanation =
            $"No referrals from {AlertWording.Subject(Grains.Provider, provider.Id, provider.Name)} in the {settings.DormantDays} days " +
            $"before {asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}; last referral in " +
            $"{provider.Dates[^1].ToString("yyyy-MM", CultureInfo.InvariantCulture)}. Previously about {AlertWording.Number(expected)} " +
            $"per {settings.DormantDays} days ({before} in the {settings.RegularLookBackMonths} months before).",
    };

    // By how unlikely a silence this long is at the provider's previous rate: e^-expected.
    private static AlertSeverity SeverityOf(double expected) => Math.Exp(-expected) switch
    {
        < 0.01 => AlertSeverity.High,
        < 0.05 => AlertSeverity.Medium,
        _ => AlertSeverity.Low,
    };
}
