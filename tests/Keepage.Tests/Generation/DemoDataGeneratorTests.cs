using System.Security.Cryptography;
using System.Text;
using Keepage.Core.Alerts;
using Keepage.Core.Generation;
using Keepage.Core.Referrals;

namespace Keepage.Tests.Generation;

public sealed class DemoDataGeneratorTests
{
    private static readonly GeneratedDemoData Default = DemoDataGenerator.Generate(new GeneratorSettings());

    [Fact]
    public void SameSeedGivesByteIdenticalFiles()
    {
        var again = DemoDataGenerator.Generate(new GeneratorSettings());

        Assert.Equal(Files(Default), Files(again));
    }

    [Fact]
    public void WritesTheSameBytesOnEveryMachine()
    {
        // Pinned digests of the default demo: a deliberate generator change updates them, while an accidental
        // dependency on the machine (culture, clock, a runtime's shuffle) fails here.
        var digests = Files(Default).Select(f => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(f))));

        Assert.Equal(
            [
                "c3ba56a5ece864dacb60bf4b9c9c4d44df8c19ea304ac19172ecb0df95a26f34",
                "814ed119f7d86da9185a42e65755ba92ffe76acbfc9245689b3cec420c9898cb",
                "96ae8324a4d0cf92bc037fbcc03700be40380946c4571d5989aff6f1e009340a",
            ],
            digests);
    }

    [Fact]
    public void DifferentSeedsGiveDifferentFiles()
    {
        var other = Files(DemoDataGenerator.Generate(new GeneratorSettings { Seed = 7 }));
        var files = Files(Default);

        Assert.All(Enumerable.Range(0, 3), i => Assert.NotEqual(files[i], other[i]));
    }

    [Fact]
    public void ProducesSeveralThousandReferralsFromSkewedReferrers()
    {
        var perProvider = Default.AcceptedReferrals().CountBy(r => r.ReferringNpi ?? "").Select(p => p.Value).Order().ToList();

        Assert.InRange(Default.Rows.Count, 6000, 9000);
        Assert.Equal(120, Default.GroundTruth.Counts.Providers);
        Assert.True(perProvider[^1] > 10 * perProvider[perProvider.Count / 2], "the largest referrer should dwarf the median one");
    }

    [Fact]
    public void PlantsTheAnomaliesItReports()
    {
        var truth = Default.GroundTruth;

        Assert.True(truth.Anomalies.Count(a => a.Rule == AlertRules.VolumeDrop) >= 4);
        Assert.True(truth.Anomalies.Count(a => a.Rule == AlertRules.DormantReferrer) >= 3);
        Assert.Contains(truth.Anomalies, a => a.Rule == AlertRules.NewReferrer);
        Assert.All(truth.Anomalies.Where(a => a.Rule == AlertRules.VolumeDrop), a => Assert.True(a.Baseline >= 8 && a.Observed <= 0.3m * a.Baseline));
        var lastDates = Default.AcceptedReferrals().GroupBy(r => r.ReferringNpi).ToDictionary(g => g.Key ?? "", g => g.Max(r => r.ReferralDate));
        Assert.All(truth.Anomalies.Where(a => a.Rule == AlertRules.DormantReferrer), a => Assert.True(lastDates[a.SubjectId] <= truth.AsOf.AddDays(-90)));
    }

    [Fact]
    public void SpoilsAFewRowsOnPurpose()
    {
        var counts = Default.GroundTruth.Counts;

        Assert.InRange(counts.BadReferralDates + counts.MissingReferringProviders, 0.003 * counts.Rows, 0.007 * counts.Rows);
        Assert.True(counts.BadReferralDates > 0 && counts.MissingReferringProviders > 0 && counts.InvalidNpis >= 3);
        Assert.Equal(counts.Rows - counts.BadReferralDates - counts.MissingReferringProviders, counts.AcceptedReferrals);
        Assert.All(Default.Rows, r => Assert.Equal(r.Defect != ReferralDefect.InvalidNpiCheckDigit, r.Referral.ReferringNpi is null || Npi.IsValid(r.Referral.ReferringNpi)));
    }

    [Fact]
    public void MovesReferralsThroughAPlausibleFunnel()
    {
        var referrals = Default.AcceptedReferrals();

        Assert.All(referrals, r =>
        {
            Assert.True(r.ScheduledDate is null || r.ScheduledDate > r.ReferralDate);
            Assert.True(r.AppointmentDate is null || r.AppointmentDate > r.ScheduledDate);
            Assert.True(r.CompletedDate is null || (r.Status == ReferralStatus.Completed && r.CompletedDate < Default.Settings.AsOf));
            Assert.True(r.ReferralDate >= Default.Settings.FirstMonth && r.ReferralDate < Default.Settings.AsOf);
        });
        Assert.All(Enum.GetValues<ReferralStatus>(), s => Assert.Contains(referrals, r => r.Status == s));
        Assert.InRange(referrals.Count(r => r.InNetwork == false) / (double)referrals.Count, 0.03, 0.25);
        Assert.Contains(referrals, r => r.InNetwork is null);
    }

    [Fact]
    public void UsesOnlySyntheticPeople()
    {
        Assert.All(Default.Rows, r =>
        {
            Assert.Matches("^MRN[0-9]{8}$", r.PatientId);
            Assert.True(r.Referral.ReferringName is null || r.Referral.ReferringName.StartsWith("Dr ", StringComparison.Ordinal));
            Assert.Null(r.Referral.PatientKey);
        });
    }

    [Fact]
    public void RejectsImpossibleSettings()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DemoDataGenerator.Generate(new GeneratorSettings { Months = 6 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => DemoDataGenerator.Generate(new GeneratorSettings { Providers = 8 }));
    }

    [Fact]
    public void ScalesToOtherSizes()
    {
        var small = DemoDataGenerator.Generate(new GeneratorSettings { Providers = 40, Months = 15, Seed = 3, LastMonth = new DateOnly(2025, 6, 17) });

        Assert.Equal(new DateOnly(2025, 7, 1), small.Settings.AsOf);
        Assert.Equal(10, small.GroundTruth.Counts.Practices);
        Assert.All(small.AcceptedReferrals(), r => Assert.InRange(r.ReferralDate, new DateOnly(2024, 4, 1), new DateOnly(2025, 6, 30)));
    }

    internal static string[] Files(GeneratedDemoData data)
    {
        var outputs = new[] { new StringWriter(), new StringWriter(), new StringWriter() };
        data.WriteReferralsCsv(outputs[0]);
        data.WriteDataverseSeed(outputs[1]);
        data.WriteGroundTruth(outputs[2]);
        return [.. outputs.Select(o => o.ToString())];
    }
}
