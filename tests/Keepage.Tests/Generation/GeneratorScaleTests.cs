using Keepage.Core.Generation;

namespace Keepage.Tests.Generation;

public sealed class GeneratorScaleTests
{
    private static readonly GeneratedDemoData Default = DemoDataGenerator.Generate(new GeneratorSettings());

    // Planted anomalies keep their own fixed rates, so only providers planted in neither run are compared.
    [Fact]
    public void RateScaleMultipliesTheReferralsOfUnplantedProviders()
    {
        var doubled = DemoDataGenerator.Generate(new GeneratorSettings { RateScale = 2 });
        var planted = Default.GroundTruth.Anomalies.Concat(doubled.GroundTruth.Anomalies).Select(a => a.SubjectId).ToHashSet(StringComparer.Ordinal);
        double Unplanted(GeneratedDemoData data) => data.Rows.Count(r => r.Referral.ReferringNpi is { } npi && !planted.Contains(npi));

        Assert.InRange(Unplanted(doubled) / Unplanted(Default), 1.8, 2.2);
        Assert.Equal(Default.GroundTruth.Counts.Contacts, doubled.GroundTruth.Counts.Contacts);
    }

    [Fact]
    public void OutreachScaleMultipliesTheVisitsAndCalls()
    {
        var busier = DemoDataGenerator.Generate(new GeneratorSettings { OutreachScale = 3 });

        Assert.Equal(Default.Rows.Count, busier.Rows.Count);
        Assert.InRange((double)busier.CrmSnapshot("dataverse").Activities.Count / Default.CrmSnapshot("dataverse").Activities.Count, 2.6, 3.4);
    }

    [Fact]
    public void GivesTheCrmSeedAsASyncWouldReadIt()
    {
        var snapshot = Default.CrmSnapshot("dataverse");
        var counts = Default.GroundTruth.Counts;

        Assert.Equal((counts.Contacts, counts.Practices, counts.Appointments + counts.PhoneCalls), (snapshot.Providers.Count, snapshot.Practices.Count, snapshot.Activities.Count));
        Assert.All(snapshot.Providers, p => Assert.Contains(snapshot.Practices, a => a.CrmId == p.PracticeCrmId));
        Assert.DoesNotContain(snapshot.Providers, p => Default.GroundTruth.UnmatchedNpis.Contains(p.Npi!));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void RefusesScalesOutOfRange(double scale)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DemoDataGenerator.Generate(new GeneratorSettings { RateScale = scale }));
        Assert.Throws<ArgumentOutOfRangeException>(() => DemoDataGenerator.Generate(new GeneratorSettings { OutreachScale = scale }));
    }
}
