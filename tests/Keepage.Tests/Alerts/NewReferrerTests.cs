using Keepage.Core.Alerts;
using Keepage.Core.Referrals;
using Keepage.Tests.Kpis;

namespace Keepage.Tests.Alerts;

public sealed class NewReferrerTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 1);

    // A steady referrer from January 2024 gives the data the history the rule needs.
    private static IEnumerable<Referral> Background(DateOnly from) =>
        Enumerable.Range(0, 34).Select(i => from.AddMonths(i)).Where(d => d < AsOf)
            .Select(d => SampleReferrals.On(d, SampleReferrals.Npi(300_000_001), "Dr Kai Ivers"));

    private static Referral Jane(int year, int month, int day) =>
        SampleReferrals.On(new DateOnly(year, month, day), SampleReferrals.JaneSmith, "Dr Jane Smith");

    private static Referral Omar(int year, int month, int day) =>
        SampleReferrals.On(new DateOnly(year, month, day), SampleReferrals.OmarReyes, "Dr Omar Reyes");

    private static List<Alert> New(IEnumerable<Referral> referrals, AlertSettings? settings = null) =>
        [.. AlertEvaluator.Evaluate([.. referrals], settings ?? new AlertSettings(), AsOf).Where(a => a.Rule == AlertRules.NewReferrer)];

    [Fact]
    public void FiresForAFirstReferralInTheLastNinetyTwoDays()
    {
        var alert = Assert.Single(New([.. Background(new DateOnly(2024, 1, 5)), Jane(2026, 9, 15), Jane(2026, 10, 5), Jane(2026, 10, 20)]));

        Assert.Equal("new_referrer.provider.1234567893.2026-09", alert.Key);
        Assert.Equal((3m, AlertSeverity.Low, (decimal?)null), (alert.Observed, alert.Severity, alert.Expected));
        Assert.Equal("First referral from Dr Jane Smith (NPI 1234567893) on 2026-09-15 (3 since); a thank-you visit opportunity.", alert.Explanation);
    }

    [Fact]
    public void IgnoresAProviderWhoReferredInTheLookBack() =>
        Assert.Empty(New([.. Background(new DateOnly(2024, 1, 5)), Omar(2024, 12, 2), Omar(2026, 9, 20)]));

    [Fact]
    public void CountsAProviderBackAfterTheWholeLookBackAsNew() =>
        Assert.Equal(
            "new_referrer.provider.1245319599.2026-09",
            Assert.Single(New([.. Background(new DateOnly(2024, 1, 5)), Omar(2024, 6, 3), Omar(2026, 9, 20)])).Key);

    [Fact]
    public void StaysQuietWhenTheDataIsTooShortToTell() =>
        Assert.Empty(New([.. Background(new DateOnly(2026, 1, 5)), Jane(2026, 9, 15)]));

    // From 2026-10-02 the first referral in the window is 2026-10-05, and Jane referred on 2026-09-15 before it.
    [Fact]
    public void TakesTheWindowFromSettings() =>
        Assert.Empty(New([.. Background(new DateOnly(2024, 1, 5)), Jane(2026, 9, 15), Jane(2026, 10, 5)], new AlertSettings { NewReferrerDays = 30 }));

    [Fact]
    public void TakesTheLookBackFromSettings() =>
        Assert.Single(New([.. Background(new DateOnly(2024, 1, 5)), Omar(2025, 6, 2), Omar(2026, 9, 20)], new AlertSettings { NewReferrerLookBackMonths = 12 }));

    [Fact]
    public void KeepsItsKeyAsTheMonthsPass()
    {
        List<Referral> referrals = [.. Background(new DateOnly(2024, 1, 5)), Jane(2026, 9, 15)];

        var later = AlertEvaluator.Evaluate(referrals, new AlertSettings(), new DateOnly(2026, 12, 1)).Single(a => a.Rule == AlertRules.NewReferrer);
        Assert.Equal(Assert.Single(New(referrals)).Key, later.Key);
    }
}
