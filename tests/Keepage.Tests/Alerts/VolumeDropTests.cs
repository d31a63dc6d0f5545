using Keepage.Core.Alerts;
using Keepage.Core.Kpis;
using Keepage.Core.Referrals;
using Keepage.Tests.Kpis;

namespace Keepage.Tests.Alerts;

public sealed class VolumeDropTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 1);
    private static readonly DateOnly LastMonth = new(2026, 10, 1);

    // Counts for consecutive months ending with October 2026.
    private static IEnumerable<Referral> Monthly(string npi, string practiceId, params int[] counts)
    {
        var name = npi == SampleReferrals.JaneSmith ? "Dr Jane Smith" : null;
        var practiceName = practiceId == "P1" ? "Riverside Family Medicine" : null;
        return counts.SelectMany((count, i) =>
            SampleReferrals.InMonth(LastMonth.AddMonths(i - counts.Length + 1), count, npi, name, practiceId)
                .Select(r => r with { ReferringPracticeName = practiceName }));
    }

    private static IReadOnlyList<Alert> Evaluate(IEnumerable<Referral> referrals, AlertSettings? settings = null) =>
        AlertEvaluator.Evaluate([.. referrals], settings ?? new AlertSettings(), AsOf);

    [Fact]
    public void FiresWhenAProviderFallsFarBelowItsOwnBaseline()
    {
        var alerts = Evaluate(Monthly(SampleReferrals.JaneSmith, "P1", [.. Enumerable.Repeat(11, 12), 2]));

        var provider = Assert.Single(alerts, a => a.SubjectType == Grains.Provider);
        Assert.Equal("volume_drop.provider.1234567893.2026-10", provider.Key);
        Assert.Equal((AlertRules.VolumeDrop, "2026-10", 11m, 2m, AlertSeverity.Medium), (provider.Rule, provider.Period, provider.Expected, provider.Observed, provider.Severity));
        Assert.Equal(
            "Referrals from Dr Jane Smith (NPI 1234567893) in 2026-10: expected 11, observed 2 " +
            "(p = 0.0012, 82% below the seasonally adjusted 6-month baseline).",
            provider.Explanation);
    }

    [Fact]
    public void FiresForThePracticeToo()
    {
        var alerts = Evaluate(Monthly(SampleReferrals.JaneSmith, "P1", [.. Enumerable.Repeat(11, 12), 2]));

        Assert.Equal(["volume_drop.practice.P1.2026-10", "volume_drop.provider.1234567893.2026-10"], alerts.Select(a => a.Key));
        Assert.StartsWith("Referrals from Riverside Family Medicine (practice P1) in 2026-10: expected 11, observed 2", alerts[0].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void NamesAProviderKnownOnlyByName()
    {
        var referrals = Enumerable.Range(0, 13).SelectMany(i =>
            SampleReferrals.InMonth(LastMonth.AddMonths(i - 12), i == 12 ? 0 : 9, null, "Dr Avery Patel", "P9"));

        var alert = Assert.Single(Evaluate(referrals), a => a.SubjectType == Grains.Provider);

        Assert.Equal("volume_drop.provider.name-avery-patel.2026-10", alert.Key);
        Assert.StartsWith("Referrals from Dr Avery Patel (no valid NPI) in 2026-10: expected 9, observed 0 (p = 0.0001,", alert.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void StaysQuietForAnOrdinaryDip() =>
        Assert.Empty(Evaluate(Monthly(SampleReferrals.JaneSmith, "P1", 9, 12, 10, 11, 8, 10, 12, 9, 11, 10, 7)));

    [Fact]
    public void StaysQuietForPoissonNoiseAcrossManyProviders()
    {
        var random = new Random(1234);
        var referrals = Enumerable.Range(1, 200)
            .SelectMany(p => Monthly(SampleReferrals.Npi(100_000_000 + p), $"P{p}", [.. Enumerable.Range(0, 13).Select(_ => Draw(random, 10))]))
            .ToList();

        var alerts = Evaluate(referrals);

        Assert.InRange(alerts.Count(a => a.SubjectType == Grains.Provider), 0, 6);
    }

    [Fact]
    public void IgnoresSubjectsExpectedToSendFewerThanTheMinimumBaseline() =>
        Assert.Empty(Evaluate(Monthly(SampleReferrals.JaneSmith, "P1", 8, 8, 8, 8, 8, 8, 8, 0), new AlertSettings { MinimumBaseline = 10 }));

    [Fact]
    public void IgnoresSubjectsWhoseHistoryStartsInsideTheBaseline() =>
        Assert.Empty(Evaluate(Monthly(SampleReferrals.JaneSmith, "P1", 20, 20, 20, 20, 0)));

    [Fact]
    public void ExpectsLessInAMonthWhenTheWholeSystemDipsInThatMonthEveryYear()
    {
        int[] everyone = [6, .. Enumerable.Repeat(12, 11), 6];
        var referrals = Enumerable.Range(1, 5)
            .SelectMany(p => Monthly(SampleReferrals.Npi(200_000_000 + p), "P2", everyone))
            .Concat(Monthly(SampleReferrals.JaneSmith, "P1", [.. everyone[..^1], 2]))
            .ToList();
        var withoutLastOctober = referrals.Where(r => r.ReferralDate >= new DateOnly(2025, 11, 1));

        Assert.DoesNotContain(Evaluate(referrals), a => a.SubjectId == SampleReferrals.JaneSmith);
        Assert.Contains(Evaluate(withoutLastOctober), a => a.SubjectId == SampleReferrals.JaneSmith);
    }

    [Fact]
    public void NeverMentionsPatients()
    {
        var alerts = Evaluate(Monthly(SampleReferrals.JaneSmith, "P1", [.. Enumerable.Repeat(11, 12), 0]));

        Assert.NotEmpty(alerts);
        Assert.All(alerts, a => Assert.DoesNotContain("patient-key", a.Explanation, StringComparison.Ordinal));
    }

    [Fact]
    public void GivesTheSameAlertsWhateverTheInputOrder()
    {
        var referrals = Monthly(SampleReferrals.JaneSmith, "P1", [.. Enumerable.Repeat(11, 12), 1])
            .Concat(Monthly(SampleReferrals.OmarReyes, "P2", [.. Enumerable.Repeat(9, 12), 0]))
            .ToList();

        Assert.Equal(Evaluate(referrals), Evaluate(Enumerable.Reverse(referrals)));
    }

    private static int Draw(Random random, double mean)
    {
        double term = Math.Exp(-mean), cumulative = term, roll = random.NextDouble();
        var k = 0;
        while (roll > cumulative)
        {
            k++;
            term *= mean / k;
            cumulative += term;
        }
        return k;
    }
}
