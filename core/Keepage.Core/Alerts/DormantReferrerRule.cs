using System.Globalization;
using Keepage.Core.Kpis;

namespace Keepage.Core.Alerts;

// dormant_referrer: a provider silent for more than DormantDays before the as-of date (but not since before the
// RegularLookBackMonths preceding them), who was a regular referrer in the RegularLookBackMonths up to its last
// referral (enough referrals over enough months), and for whom a silence this long is unlikely at that rate:
// P(no referral in the silent days) = e^-(rate x days) below DormantAlpha. The test keeps occasional referrers, whose
// long silences are ordinary, from alerting. Period: the as-of month.
internal static class DormantReferrerRule
{
    public static IEnumerable<Alert> Evaluate(IReadOnlyList<SubjectHistory> providers, DateOnly asOf, AlertSettings settings)
    {
        var period = CalendarMonth.Of(asOf).Label;
        foreach (var provider in providers)
        {
            if (Test(provider.Dates, asOf, settings) is { } silence)
                yield return ToAlert(provider, period, asOf, silence, settings);
        }
    }

    private static Silence? Test(IReadOnlyList<DateOnly> dates, DateOnly asOf, AlertSettings settings)
    {
        var last = dates[^1];
        var dormantFrom = asOf.AddDays(-settings.DormantDays);
        // Silent since before the look-back: lost long ago (a lapsed referrer), not newly dormant.
        if (last >= dormantFrom || last < dormantFrom.AddMonths(-settings.RegularLookBackMonths))
            return null;
        var regularFrom = last.AddMonths(-settings.RegularLookBackMonths);
        var first = SortedDates.LowerBound(dates, regularFrom);
        var count = dates.Count - first;
        if (count < settings.RegularMinimumReferrals || DistinctMonths(dates, first) < settings.RegularMinimumMonths)
            return null;
        // A provider who started inside the window is measured from its first referral, not diluted by months it did not exist.
        var from = dates[first] > regularFrom ? dates[first] : regularFrom;
        var perDay = (double)count / (last.DayNumber - from.DayNumber + 1);
        var days = asOf.DayNumber - last.DayNumber - 1;
        var expected = perDay * days;
        var p = Math.Exp(-expected);
        return p < settings.DormantAlpha ? new Silence(last, days, count, expected, p) : null;
    }

    private static int DistinctMonths(IReadOnlyList<DateOnly> dates, int first)
    {
        var months = 0;
        for (var i = first; i < dates.Count; i++)
        {
            if (i == first || CalendarMonth.Of(dates[i]) != CalendarMonth.Of(dates[i - 1]))
                months++;
        }
        return months;
    }

    private static Alert ToAlert(SubjectHistory provider, string period, DateOnly asOf, Silence silence, AlertSettings settings) =>
        AlertFactory.Provider(
            AlertRules.DormantReferrer, provider, period, SeverityOf(silence.PValue), AlertWording.Rounded(silence.Expected), 0,
            $"No referrals from {AlertWording.Subject(Grains.Provider, provider.Id, provider.Name)} in the {silence.Days} days " +
            $"before {asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} (last on " +
            $"{silence.Last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}): {silence.Before} in the {settings.RegularLookBackMonths} months " +
            $"up to then, so about {AlertWording.Number(silence.Expected)} expected in that time ({AlertWording.PValue(silence.PValue)}).");

    private static AlertSeverity SeverityOf(double p) => p switch
    {
        < 0.0001 => AlertSeverity.High,
        < 0.001 => AlertSeverity.Medium,
        _ => AlertSeverity.Low,
    };

    private sealed record Silence(DateOnly Last, int Days, int Before, double Expected, double PValue);
}
