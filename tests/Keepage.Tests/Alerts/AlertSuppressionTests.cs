using Keepage.Core.Alerts;
using Keepage.Core.Kpis;
using Keepage.Core.Referrals;
using Keepage.Tests.Kpis;

namespace Keepage.Tests.Alerts;

public sealed class AlertSuppressionTests
{
    private static Alert Drop(string period, string subject = SampleReferrals.JaneSmith, decimal observed = 2) => new()
    {
        Key = Alert.MakeKey(AlertRules.VolumeDrop, Grains.Provider, subject, period),
        Rule = AlertRules.VolumeDrop,
        SubjectType = Grains.Provider,
        SubjectId = subject,
        Period = period,
        Severity = AlertSeverity.High,
        Expected = 11,
        Observed = observed,
        Explanation = $"expected 11, observed {observed}",
    };

    private static IReadOnlyList<Alert> Apply(Alert[] raised, Alert[] previous, DateOnly asOf, AlertSettings? settings = null) =>
        AlertSuppression.Apply(raised, previous, settings ?? new AlertSettings(), asOf);

    [Fact]
    public void KeepsTheEarlierAlertWhenTheSameRuleAndSubjectFireAgainWithinTheWindow() =>
        Assert.Equal([Drop("2026-10")], Apply([Drop("2026-11")], [Drop("2026-10")], new DateOnly(2026, 12, 1)));

    // 2026-10-01 + 90 days = 2026-12-30: from then on a new alert is raised.
    [Fact]
    public void RaisesAgainOnceTheWindowHasPassed()
    {
        Assert.Equal([Drop("2026-10")], Apply([Drop("2026-12")], [Drop("2026-10")], new DateOnly(2026, 12, 29)));
        Assert.Equal([Drop("2027-01")], Apply([Drop("2027-01")], [Drop("2026-10")], new DateOnly(2027, 2, 1)));
    }

    [Fact]
    public void UpdatesAnAlertRaisedAgainUnderTheSameKey() =>
        Assert.Equal([Drop("2026-10", observed: 1)], Apply([Drop("2026-10", observed: 1)], [Drop("2026-10")], new DateOnly(2026, 11, 5)));

    [Fact]
    public void LeavesOtherSubjectsAlone() =>
        Assert.Equal(
            [Drop("2026-10"), Drop("2026-11", SampleReferrals.OmarReyes)],
            Apply([Drop("2026-11"), Drop("2026-11", SampleReferrals.OmarReyes)], [Drop("2026-10")], new DateOnly(2026, 12, 1)));

    [Fact]
    public void DoesNotRaiseAConditionThatClearedAndReturnedWithinTheWindow()
    {
        var first = Apply([Drop("2026-10")], [], new DateOnly(2026, 11, 1));
        var cleared = Apply([], [.. first], new DateOnly(2026, 12, 1));
        var returned = Apply([Drop("2026-12")], [.. cleared], new DateOnly(2026, 12, 20));

        Assert.Equal([Drop("2026-10")], cleared);
        Assert.Equal([Drop("2026-10")], returned);
        Assert.Empty(Apply([], [.. returned], new DateOnly(2026, 12, 30)));
    }

    [Fact]
    public void TakesTheWindowFromSettings()
    {
        Assert.Equal([Drop("2026-11")], Apply([Drop("2026-11")], [Drop("2026-10")], new DateOnly(2026, 12, 1), new AlertSettings { SuppressionDays = 20 }));
        Assert.Equal([Drop("2026-11")], Apply([Drop("2026-11")], [Drop("2026-10")], new DateOnly(2026, 12, 1), new AlertSettings { SuppressionDays = 0 }));
    }

    [Fact]
    public void IgnoresPreviousAlertsFromPeriodsAfterTheAsOfDate() =>
        Assert.Equal([Drop("2026-09")], Apply([Drop("2026-09")], [Drop("2026-10")], new DateOnly(2026, 9, 15)));

    // A regular referrer gone silent is dormant as of November and still as of December: two keys, one alert.
    [Fact]
    public void KeepsOneDormantReferrerAlertAcrossMonthlyRuns()
    {
        var referrals = Enumerable.Range(0, 11)
            .SelectMany(i => SampleReferrals.InMonth(new DateOnly(2025, 9, 1).AddMonths(i), 4, SampleReferrals.JaneSmith))
            .ToList();
        var settings = new AlertSettings();

        var november = Evaluate(referrals, settings, new DateOnly(2026, 11, 1), []);
        var december = Evaluate(referrals, settings, new DateOnly(2026, 12, 1), november);

        Assert.Equal("dormant_referrer.provider.1234567893.2026-11", Assert.Single(november, a => a.Rule == AlertRules.DormantReferrer).Key);
        Assert.Equal(november.Where(a => a.Rule == AlertRules.DormantReferrer), december.Where(a => a.Rule == AlertRules.DormantReferrer));
    }

    private static IReadOnlyList<Alert> Evaluate(List<Referral> referrals, AlertSettings settings, DateOnly asOf, IReadOnlyList<Alert> previous) =>
        AlertSuppression.Apply(AlertEvaluator.Evaluate(referrals, settings, asOf), previous, settings, asOf);
}
