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

    private static List<Alert> Dormant(IEnumerable<Referral> referrals) =>
        [.. AlertEvaluator.Evaluate([.. referrals], new AlertSettings(), AsOf).Where(a => a.Rule == AlertRules.DormantReferrer)];

    [Fact]
    public void FiresForARegularReferrerSilentForTheDormantDays()
    {
        var alert = Assert.Single(Dormant(Regularly(new DateOnly(2025, 9, 1), new DateOnly(2026, 7, 1))));

        Assert.Equal("dormant_referrer.provider.1234567893.2026-11", alert.Key);
        Assert.Equal(("2026-11", 3.62m, 0m, AlertSeverity.Medium), (alert.Period, alert.Expected, alert.Observed, alert.Severity));
        Assert.Equal(
            "No referrals from Dr Jane Smith (NPI 1234567893) in the 60 days before 2026-11-01; last referral in 2026-07. " +
            "Previously about 3.6 per 60 days (22 in the 12 months before).",
            alert.Explanation);
    }

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
        Assert.Empty(Dormant(Regularly(new DateOnly(2025, 9, 1), new DateOnly(2026, 7, 1))
            .Append(SampleReferrals.On(new DateOnly(2026, 9, 2), SampleReferrals.JaneSmith))));

    [Fact]
    public void FiresWhenTheLastReferralWasTheDayBeforeTheDormantDays() =>
        Assert.Single(Dormant(Regularly(new DateOnly(2025, 9, 1), new DateOnly(2026, 7, 1))
            .Append(SampleReferrals.On(new DateOnly(2026, 9, 1), SampleReferrals.JaneSmith))));

    [Fact]
    public void IgnoresReferrersWhoseRegularYearIsLongPast() =>
        Assert.Empty(Dormant(Regularly(new DateOnly(2024, 1, 1), new DateOnly(2025, 6, 1))));
}
