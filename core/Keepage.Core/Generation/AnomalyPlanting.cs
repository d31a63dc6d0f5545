namespace Keepage.Core.Generation;

// Chooses the providers that carry planted anomalies and rewrites their plans: volume drops on solid referrers
// (at least 12 a month, falling 75-90% in the last month), dormant referrers (3.5-6.5 a month, silent for the
// last 90-130 days) and new referrers (first referral in one of the last three months).
internal static class AnomalyPlanting
{
    private const double SolidRate = 12;

    public static List<DemoProvider> Plant(Random rng, GeneratorSettings settings, List<DemoProvider> providers)
    {
        var free = rng.Shuffled(Enumerable.Range(0, providers.Count));
        var result = providers.ToArray();
        // Drops go to referrers already large where there are enough of them, so the demo's big names stay big.
        var drops = free.Where(i => providers[i].MonthlyRate >= SolidRate).Take(settings.PlantedVolumeDrops).ToList();
        drops.AddRange(free.Where(i => providers[i].MonthlyRate < SolidRate).Take(settings.PlantedVolumeDrops - drops.Count));
        free.RemoveAll(drops.Contains);
        foreach (var i in drops)
            result[i] = Drop(rng, result[i]);
        foreach (var i in Take(free, settings.PlantedDormantReferrers))
            result[i] = Dormant(rng, result[i], settings);
        foreach (var i in Take(free, settings.PlantedNewReferrers))
            result[i] = New(rng, result[i], settings);
        return [.. result];
    }

    private static DemoProvider Drop(Random rng, DemoProvider provider) => provider with
    {
        MonthlyRate = Math.Max(provider.MonthlyRate, rng.Uniform(SolidRate, 20)),
        YearlyTrend = 0,
        FirstMonth = 0,
        InCrm = true,
        Role = PlantedRole.VolumeDrop,
        FinalMonthFactor = rng.Uniform(0.1, 0.25),
    };

    private static DemoProvider Dormant(Random rng, DemoProvider provider, GeneratorSettings settings) => provider with
    {
        MonthlyRate = rng.Uniform(3.5, 6.5),
        YearlyTrend = 0,
        FirstMonth = 0,
        InCrm = true,
        Role = PlantedRole.Dormant,
        LastReferralDate = settings.AsOf.AddDays(-rng.Next(90, 131)),
    };

    // New referrers are not in the CRM yet, as in life: reconciliation reports them unmatched.
    private static DemoProvider New(Random rng, DemoProvider provider, GeneratorSettings settings) => provider with
    {
        MonthlyRate = rng.Uniform(1.5, 4),
        FirstMonth = settings.Months - 1 - rng.Next(3),
        InCrm = false,
        Role = PlantedRole.NewReferrer,
    };

    private static List<int> Take(List<int> free, int count)
    {
        var taken = free.Take(count).ToList();
        free.RemoveRange(0, taken.Count);
        return taken;
    }
}
