using Keepage.Core.Alerts;
using Keepage.Core.Referrals;
using Keepage.Tests.Kpis;

namespace Keepage.Tests.Alerts;

public sealed class DormantReferrerTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 1);

    // perMonth referrals on the 10th of each month from first to last.
    private static IEnumerable<Referral> Regularly(DateOnly first, DateOnly last, int perMonth = 2)
    {
        for (var month = first; month <= last; month = month.AddMonths(1))
        {
            for (var i = 0; i < perMonth; i++)
                yield return SampleReferrals.On(new DateOnly(month.Year, month.Month, 10), SampleReferrals.JaneSmith, "Dr Jane Smith");
        }
    }

    private static List<Alert> Dormant(IEnumerable<Referral> referrals, AlertSettings? settings = null) =>
        [.. AlertEvaluator.Evaluate([.. referrals], settings ?? new AlertSettings(), AsOf).Where(a => a.Rule == AlertRules.DormantReferrer)];

    // 22 referrals from 2025-09-10 to 2026-07-10 (304 days) is 0.0724 a day; silent for the 113 days from 2026-07-11 to
    // 2026-10-31, about 8.18 were expected, and P(none) = e^-8.18 = 0.00028.
    [Fact]
    public void FiresForARegularReferrerWhoseSilenceIsUnlikelyAtItsRate()
    {
        var alert = Assert.Single(Dormant(Regularly(new DateOnly(2025, 9, 1), new DateOnly(2026, 7, 1))));

        Assert.Equal("dormant_referrer.provider.1234567893.2026-11", alert.Key);
        Assert.Equal(("2026-11", 8.18m, 0m, AlertSeverity.Medium), (alert.Period, alert.Expected, alert.Observed, alert.Severity));
        Assert.Equal(
            "No referrals from Dr Jane Smith (NPI 1234567893) in the 113 days before 2026-11-01 (last on 2026-07-10): " +
            "22 in the 12 months up to then, so about 8.2 expected in that time (p = 0.0003).",
            alert.Explanation);
    }

    // One a month, 2025-08-10 to 2026-07-10 (12 in 335 days), silent for 113 days: 4.05 expected, P(none) = 0.017, an ordinary gap.
    [Fact]
    public void IgnoresAnOccasionalReferrerWhoseSilenceIsOrdinary() =>
        Assert.Empty(Dormant(Regularly(new DateOnly(2025, 8, 1), new DateOnly(2026, 7, 1), 1)));

    [Fact]
    public void TakesTheSignificanceLevelFromSettings() =>
        Assert.Single(Dormant(Regularly(new DateOnly(2025, 8, 1), new DateOnly(2026, 7, 1), 1), new AlertSettings { DormantAlpha = 0.05 }));

    [Fact]
    public void RatesTheSilenceOfABusyReferrerHigh() =>
        Assert.Equal(AlertSeverity.High, Assert.Single(Dormant(Regularly(new DateOnly(2025, 9, 1), new DateOnly(2026, 8, 1), 4))).Severity);

    [Fact]
    public void IgnoresReferrersConcentratedInFewMonths() =>
        Assert.Empty(Dormant(Regularly(new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 1), 8)));

    [Fact]
    public void IgnoresReferrersWithTooFewReferrals() =>
        Assert.Empty(Dormant(Regularly(new DateOnly(2026, 2, 1), new DateOnly(2026, 6, 1), 1)));

    [Fact]
    public void IgnoresReferrersWhoReferredOnTheFirstDormantDay() =>
        Assert.Empty(Dormant(Regularly(new DateOnly(2025, 9, 1), new DateOnly(2026, 7, 1), 4)
            .Append(SampleReferrals.On(new DateOnly(2026, 9, 2), SampleReferrals.JaneSmith))));

    [Fact]
    public void FiresWhenTheLastReferralWasTheDayBeforeTheDormantDays() =>
        Assert.Single(Dormant(Regularly(new DateOnly(2025, 9, 1), new DateOnly(2026, 7, 1), 4)
            .Append(SampleReferrals.On(new DateOnly(2026, 9, 1), SampleReferrals.JaneSmith))));

    [Fact]
    public void IgnoresReferrersWhoseRegularYearIsLongPast() =>
        Assert.Empty(Dormant(Regularly(new DateOnly(2024, 1, 1), new DateOnly(2025, 6, 1))));
}
