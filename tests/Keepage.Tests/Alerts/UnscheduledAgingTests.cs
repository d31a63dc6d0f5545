using Keepage.Core.Alerts;
using Keepage.Core.Referrals;
using Keepage.Tests.Kpis;

namespace Keepage.Tests.Alerts;

public sealed class UnscheduledAgingTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 1);

    private static Referral Pending(int month, int day) =>
        SampleReferrals.On(new DateOnly(2026, month, day), SampleReferrals.JaneSmith, "Dr Jane Smith") with { Status = ReferralStatus.Pending };

    // As of 2026-11-01 with the defaults (14 to 90 days), pending referrals dated 2026-08-04 to 2026-10-18 are aging.
    private static List<Referral> Backlog() =>
    [
        Pending(9, 20), Pending(10, 10), Pending(10, 18),
        Pending(10, 19),
        Pending(8, 3),
        Pending(9, 1) with { ScheduledDate = new DateOnly(2026, 9, 5) },
        Pending(9, 2) with { Status = ReferralStatus.Completed },
    ];

    private static List<Alert> Aging(IEnumerable<Referral> referrals, AlertSettings? settings = null, DateOnly? asOf = null) =>
        [.. AlertEvaluator.Evaluate([.. referrals], settings ?? new AlertSettings(), asOf ?? AsOf).Where(a => a.Rule == AlertRules.UnscheduledAging)];

    [Fact]
    public void CountsPendingUnscheduledReferralsBetweenTheAgingDaysAndTheMaximum()
    {
        var alert = Assert.Single(Aging(Backlog()));

        Assert.Equal("unscheduled_referral_aging.provider.1234567893.2026-10", alert.Key);
        Assert.Equal((3m, AlertSeverity.Medium), (alert.Observed, alert.Severity));
        Assert.Equal("3 referrals from Dr Jane Smith (NPI 1234567893) are still unscheduled after 14 days; call the office.", alert.Explanation);
    }

    // With 30 aging days only the referral of 2026-09-20 is old enough; it crossed 30 days on 2026-10-20.
    [Fact]
    public void TakesTheAgingDaysFromSettings()
    {
        var alert = Assert.Single(Aging(Backlog(), new AlertSettings { AgingDays = 30 }));

        Assert.Equal(("2026-10", 1m, AlertSeverity.Low), (alert.Period, alert.Observed, alert.Severity));
    }

    // With a 40-day maximum the referral of 2026-09-20 is taken as lost; 2026-10-10 crossed 14 days on 2026-10-24.
    [Fact]
    public void TakesOldPendingReferralsAsLostPastTheMaximum()
    {
        var alert = Assert.Single(Aging(Backlog(), new AlertSettings { AgingMaximumDays = 40 }));

        Assert.Equal(("2026-10", 2m), (alert.Period, alert.Observed));
    }

    [Fact]
    public void StaysQuietWhenEverythingIsScheduled() =>
        Assert.Empty(Aging(Backlog().Select(r => r with { ScheduledDate = r.ReferralDate.AddDays(3) })));

    [Fact]
    public void KeepsItsKeyWhileTheBacklogLasts() =>
        Assert.Equal(Assert.Single(Aging(Backlog())).Key, Assert.Single(Aging(Backlog(), asOf: new DateOnly(2026, 11, 10))).Key);

    [Fact]
    public void RatesFiveOrMoreHigh() =>
        Assert.Equal(AlertSeverity.High, Assert.Single(Aging([.. Backlog(), Pending(10, 1), Pending(10, 2)])).Severity);
}
