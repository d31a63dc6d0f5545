using Keepage.Core.Alerts;
using Keepage.Core.Referrals;
using Keepage.Tests.Kpis;

namespace Keepage.Tests.Alerts;

public sealed class OutOfNetworkShiftTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 1);

    // Ten referrals a month from April to September 2026 with outBefore of them out of network each month, then
    // total in October with outNow out of network.
    private static List<Referral> Shift(int outBefore, int total, int outNow)
    {
        var referrals = new List<Referral>();
        for (var month = new DateOnly(2026, 4, 1); month.Month <= 9; month = month.AddMonths(1))
            referrals.AddRange(InMonth(month, 10, outBefore));
        referrals.AddRange(InMonth(new DateOnly(2026, 10, 1), total, outNow));
        return referrals;
    }

    private static IEnumerable<Referral> InMonth(DateOnly month, int count, int outOfNetwork) =>
        SampleReferrals.InMonth(month, count, SampleReferrals.JaneSmith, "Dr Jane Smith")
            .Select((r, i) => r with { InNetwork = i >= outOfNetwork });

    private static List<Alert> Shifts(IEnumerable<Referral> referrals, AlertSettings? settings = null) =>
        [.. AlertEvaluator.Evaluate([.. referrals], settings ?? new AlertSettings(), AsOf).Where(a => a.Rule == AlertRules.OutOfNetworkShift)];

    // Baseline share (0 + 1/2) / (60 + 1) = 0.0082, so 0.082 expected of 10; P(X >= 6 | 0.082) is about 4e-10.
    [Fact]
    public void FiresWhenMostReferralsSuddenlyLeaveTheNetwork()
    {
        var alert = Assert.Single(Shifts(Shift(outBefore: 0, total: 10, outNow: 6)));

        Assert.Equal("out_of_network_shift.provider.1234567893.2026-10", alert.Key);
        Assert.Equal(("2026-10", 0.08m, 6m, AlertSeverity.High), (alert.Period, alert.Expected, alert.Observed, alert.Severity));
        Assert.Equal(
            "Out-of-network referrals from Dr Jane Smith (NPI 1234567893) in 2026-10: 6 of 10 (60%), expected 0.1 at the usual 1% (p < 0.0001).",
            alert.Explanation);
    }

    // Baseline share 6.5 / 61 = 0.107, so 1.07 expected of 10; P(X >= 2) = 0.29.
    [Fact]
    public void StaysQuietForAUsualShare() =>
        Assert.Empty(Shifts(Shift(outBefore: 1, total: 10, outNow: 2)));

    // Significant (P(X >= 5 | 1.07) = 0.0045) but a rise of 0.5 - 0.107 = 0.39: fires at the default 0.2, not at 0.5.
    [Fact]
    public void TakesTheLeastRiseFromSettings()
    {
        var referrals = Shift(outBefore: 1, total: 10, outNow: 5);

        Assert.Single(Shifts(referrals));
        Assert.Empty(Shifts(referrals, new AlertSettings { ShiftMinimumRise = 0.5 }));
    }

    [Fact]
    public void TakesTheLeastReferralsFromSettings()
    {
        var referrals = Shift(outBefore: 0, total: 4, outNow: 4);

        Assert.Empty(Shifts(referrals));
        Assert.Single(Shifts(referrals, new AlertSettings { ShiftMinimumReferrals = 4 }));
    }

    [Fact]
    public void CountsOnlyReferralsWithAKnownNetwork()
    {
        var referrals = Shift(outBefore: 0, total: 10, outNow: 6)
            .Select(r => r.ReferralDate.Month == 10 && r.InNetwork == true ? r with { InNetwork = null } : r)
            .ToList();

        var alert = Assert.Single(Shifts(referrals, new AlertSettings { ShiftMinimumReferrals = 4 }));
        Assert.Contains("6 of 6 (100%)", alert.Explanation, StringComparison.Ordinal);
        Assert.Empty(Shifts(referrals, new AlertSettings { ShiftMinimumReferrals = 7 }));
    }

    [Fact]
    public void GivesTheSameAlertWhateverTheInputOrder()
    {
        var referrals = Shift(outBefore: 0, total: 10, outNow: 6);

        Assert.Equal(Shifts(referrals), Shifts(Enumerable.Reverse(referrals)));
    }
}
