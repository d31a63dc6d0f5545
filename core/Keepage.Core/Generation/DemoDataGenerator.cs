namespace Keepage.Core.Generation;

/// <summary>
/// Generates a realistic, clearly synthetic demo: referral exports with seasonality, skewed referrer sizes, a
/// status funnel and a few bad rows; a Dataverse seed of liaisons, practices, providers and outreach; and planted
/// anomalies (volume drops, dormant and new referrers) listed in a ground truth. Deterministic for given settings.
/// </summary>
public static class DemoDataGenerator
{
    /// <summary>The canonical referral CSV header, in order.</summary>
    public static IReadOnlyList<string> CsvColumns => ReferralCsvWriter.Columns;

    public static GeneratedDemoData Generate(GeneratorSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        // Each part draws from its own stream, so changing how one part is generated leaves the others unchanged.
        var seeds = new Random(settings.Seed);
        Random roster = new(seeds.Next()), referrals = new(seeds.Next()), defects = new(seeds.Next()), outreach = new(seeds.Next());
        var practices = DemoRoster.Practices(roster, settings);
        var providers = AnomalyPlanting.Plant(roster, settings, DemoRoster.Providers(roster, settings, practices));
        var volumes = providers.Select(p => ReferralVolumes.MonthlyCounts(referrals, p, settings)).ToList();
        var rows = DefectPlanting.Apply(defects, settings, DemoReferrals.Build(referrals, settings, providers, volumes), providers);
        var crm = DemoOutreach.Build(outreach, settings, practices, providers);
        return new GeneratedDemoData(settings, rows, GroundTruth.Build(settings, providers, volumes, rows, crm), crm, providers);
    }
}
