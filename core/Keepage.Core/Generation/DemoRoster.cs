namespace Keepage.Core.Generation;

// Synthetic practices and providers. Practice sizes fall off like a Zipf law and provider monthly rates are lognormal
// (median about 1.6, mean about 2.6), so a few referrers are large and many are small.
internal static class DemoRoster
{
    private const double LogRateMedian = 0.455;
    private const double LogRateSpread = 1.0;
    private const int NameAttempts = 20;

    public static List<DemoPractice> Practices(Random rng, GeneratorSettings settings)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var practices = new List<DemoPractice>();
        for (var i = 0; i < settings.PracticeCount; i++)
        {
            var name = UniqueName(names, i, () => rng.Chance(0.12)
                ? $"{rng.Pick(SyntheticNames.LastNames)}, {rng.Pick(SyntheticNames.LastNames)} & Partners"
                : $"{rng.Pick(SyntheticNames.Places)} {rng.Pick(SyntheticNames.PracticeKinds)}");
            practices.Add(new($"PR{1001 + i}", name, 1 / Math.Pow(i + 1, 0.8), i % settings.Liaisons));
        }
        return practices;
    }

    public static List<DemoProvider> Providers(Random rng, GeneratorSettings settings, IReadOnlyList<DemoPractice> practices)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var npis = new HashSet<string>(StringComparer.Ordinal);
        var byWeight = practices.Select(p => (p, p.Weight)).ToList();
        var lines = ClinicalCatalog.ServiceLines.Select(l => (l.Name, l.Weight)).ToList();
        var providers = new List<DemoProvider>();
        for (var i = 0; i < settings.Providers; i++)
        {
            var fullName = UniqueName(names, i, () => $"{rng.Pick(SyntheticNames.FirstNames)} {rng.Pick(SyntheticNames.LastNames)}");
            var space = fullName.IndexOf(' ', StringComparison.Ordinal);
            string npi;
            do npi = rng.NextNpi();
            while (!npis.Add(npi));
            providers.Add(new DemoProvider(
                i, npi, fullName[..space], fullName[(space + 1)..], rng.PickWeighted(byWeight),
                MonthlyRate: Math.Clamp(Math.Exp(LogRateMedian + LogRateSpread * rng.Normal()), 0.5, 30) * settings.RateScale,
                YearlyTrend: 0.08 * rng.Normal(),
                FirstMonth: rng.Chance(0.08) ? rng.Next(1, settings.Months - 6) : 0,
                PrimaryServiceLine: rng.PickWeighted(lines),
                OutOfNetworkShare: 0.03 + 0.2 * Math.Pow(rng.NextDouble(), 2),
                InCrm: rng.Chance(0.92)));
        }
        return providers;
    }

    // Draws until the name is new; past a few attempts the word lists are exhausted, so a number is added.
    private static string UniqueName(HashSet<string> taken, int index, Func<string> draw)
    {
        for (var attempt = 0; attempt < NameAttempts; attempt++)
        {
            var name = draw();
            if (taken.Add(name))
                return name;
        }
        var numbered = $"{draw()}{index + 1}";
        taken.Add(numbered);
        return numbered;
    }
}
