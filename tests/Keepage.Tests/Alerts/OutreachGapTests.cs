using Keepage.Core.Alerts;
using Keepage.Core.Kpis;
using Keepage.Core.Referrals;
using Keepage.Tests.Kpis;

namespace Keepage.Tests.Alerts;

public sealed class OutreachGapTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 1);
    private static readonly string Jane = SampleReferrals.JaneSmith;
    private static readonly string Omar = SampleReferrals.OmarReyes;

    // Jane sends 5 a month and Omar 3 from November 2025 to October 2026; eight others one a month. With the default
    // 10% share the top of ten is Jane alone (60 referrals in the 12 months), with 20% Jane and Omar.
    private static List<Referral> Referrals()
    {
        var referrals = new List<Referral>();
        for (var month = new DateOnly(2025, 11, 1); month < AsOf; month = month.AddMonths(1))
        {
            referrals.AddRange(SampleReferrals.InMonth(month, 5, Jane, "Dr Jane Smith"));
            referrals.AddRange(SampleReferrals.InMonth(month, 3, Omar, "Dr Omar Reyes"));
            for (var p = 1; p <= 8; p++)
                referrals.AddRange(SampleReferrals.InMonth(month, 1, SampleReferrals.Npi(400_000_000 + p)));
        }
        return referrals;
    }

    private static OutreachContext Crm(params (string Npi, DateOnly[] Visits)[] providers) => new(
        providers.ToDictionary(p => p.Npi, _ => "liaison-1", StringComparer.Ordinal),
        new Dictionary<string, string>(StringComparer.Ordinal),
        providers.ToDictionary(p => p.Npi, p => (IReadOnlyList<DateOnly>)p.Visits, StringComparer.Ordinal));

    private static List<Alert> Gaps(OutreachContext crm, AlertSettings? settings = null, DateOnly? asOf = null) =>
        [.. AlertEvaluator.Evaluate(Referrals(), crm, settings ?? new AlertSettings(), asOf ?? AsOf).Where(a => a.Rule == AlertRules.OutreachGap)];

    [Fact]
    public void FiresForATopReferrerNotVisitedForNinetyDays()
    {
        var alert = Assert.Single(Gaps(Crm((Jane, [new(2026, 7, 1)]), (Omar, []))));

        Assert.Equal("outreach_gap.provider.1234567893.2026-09", alert.Key);
        Assert.Equal((60m, AlertSeverity.Medium), (alert.Observed, alert.Severity));
        Assert.Equal(
            "Dr Jane Smith (NPI 1234567893) sent 60 referrals in the last 12 months (a top referrer) and has had no outreach in 90 days (last on 2026-07-01).",
            alert.Explanation);
    }

    [Fact]
    public void StaysQuietAfterARecentVisit() =>
        Assert.Empty(Gaps(Crm((Jane, [new(2026, 7, 1), new(2026, 8, 10)]))));

    [Fact]
    public void IgnoresProvidersTheCrmDoesNotKnow() =>
        Assert.Empty(Gaps(Crm((Omar, []))));

    // Never visited: the gap is counted from the first referral (2025-11-01), so it reached 90 days on 2026-01-30.
    [Fact]
    public void DatesANeverVisitedTopReferrerFromItsFirstReferral() =>
        Assert.Equal("outreach_gap.provider.1234567893.2026-01", Assert.Single(Gaps(Crm((Jane, []), (Omar, [])))).Key);

    [Fact]
    public void TakesTheTopShareFromSettings() =>
        Assert.Equal(
            ["outreach_gap.provider.1234567893.2026-01", "outreach_gap.provider.1245319599.2026-01"],
            Gaps(Crm((Jane, []), (Omar, [])), new AlertSettings { TopReferrerShare = 0.2 }).Select(a => a.Key));

    [Fact]
    public void TakesTheGapFromSettings() =>
        Assert.Empty(Gaps(Crm((Jane, [new(2026, 7, 1)])), new AlertSettings { OutreachGapDays = 150 }));

    [Fact]
    public void KeepsItsKeyUntilSomeoneVisits() =>
        Assert.Equal(
            Assert.Single(Gaps(Crm((Jane, [new(2026, 7, 1)])))).Key,
            Assert.Single(Gaps(Crm((Jane, [new(2026, 7, 1)])), asOf: new DateOnly(2026, 11, 20))).Key);
}
