namespace Keepage.Core.Generation;

// How many referrals a provider sends each month: Poisson around rate x seasonality x trend, then the plants.
internal static class ReferralVolumes
{
    public const int BaselineMonths = 6;

    public static int[] MonthlyCounts(Random rng, DemoProvider provider, GeneratorSettings settings)
    {
        var counts = new int[settings.Months];
        for (var m = provider.FirstMonth; m < settings.Months; m++)
        {
            var calendarMonth = settings.FirstMonth.AddMonths(m).Month;
            var yearsFromEnd = (m - (settings.Months - 1)) / 12.0;
            var mean = provider.MonthlyRate * ClinicalCatalog.Seasonality[calendarMonth - 1] * Math.Exp(provider.YearlyTrend * yearsFromEnd);
            counts[m] = rng.Poisson(mean);
        }
        if (provider.Role == PlantedRole.NewReferrer)
            counts[provider.FirstMonth] = Math.Max(1, counts[provider.FirstMonth]);
        // The drop is set against the realised baseline, so "75-90% below" holds for the counts actually written.
        if (provider.FinalMonthFactor is { } factor)
            counts[^1] = (int)Math.Floor(Baseline(counts) * factor);
        return counts;
    }

    public static double Baseline(int[] counts) => counts[^(BaselineMonths + 1)..^1].Average();
}
