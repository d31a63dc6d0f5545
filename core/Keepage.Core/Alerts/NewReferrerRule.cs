using System.Globalization;
using Keepage.Core.Kpis;

namespace Keepage.Core.Alerts;

// new_referrer: a provider whose first referral in NewReferrerLookBackMonths falls in the NewReferrerDays before the
// as-of date, when the data reaches far enough back to tell. Period: the month of that first referral.
internal static class NewReferrerRule
{
    public static IEnumerable<Alert> Evaluate(IReadOnlyList<SubjectHistory> providers, CalendarMonth dataStart, DateOnly asOf, AlertSettings settings)
    {
        var from = asOf.AddDays(-settings.NewReferrerDays);
        foreach (var provider in providers)
        {
            var first = SortedDates.LowerBound(provider.Dates, from);
            if (first == provider.Dates.Count)
                continue;
            var date = provider.Dates[first];
            var month = CalendarMonth.Of(date);
            if (month.MonthsSince(dataStart) < settings.NewReferrerMinimumHistoryMonths
                || (first > 0 && provider.Dates[first - 1] >= date.AddMonths(-settings.NewReferrerLookBackMonths)))
                continue;
            var count = provider.Dates.Count - first;
            yield return AlertFactory.Provider(
                AlertRules.NewReferrer, provider, month.Label, AlertSeverity.Low, null, count,
                $"First referral from {AlertWording.Subject(Grains.Provider, provider.Id, provider.Name)} on " +
                $"{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} ({count} since); a thank-you visit opportunity.");
        }
    }
}
