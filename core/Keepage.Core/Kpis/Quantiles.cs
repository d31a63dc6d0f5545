namespace Keepage.Core.Kpis;

// Median (mean of the two middle values for an even count) and nearest-rank percentiles, so a test can compute them by hand.
internal static class Quantiles
{
    public static decimal Median(List<int> values)
    {
        values.Sort();
        var n = values.Count;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2m;
    }

    // The smallest value with at least share of the values at or below it.
    public static decimal NearestRank(List<int> values, double share)
    {
        values.Sort();
        var rank = (int)Math.Ceiling(share * values.Count);
        return values[Math.Clamp(rank, 1, values.Count) - 1];
    }

    // Half the sum of absolute share differences: 0 for the same mix, 1 for disjoint mixes.
    public static decimal MixShift(Dictionary<string, int> current, int currentTotal, Dictionary<string, int> previous, int previousTotal)
    {
        var shift = current.Keys.Union(previous.Keys, StringComparer.Ordinal)
            .Sum(k => Math.Abs((decimal)current.GetValueOrDefault(k) / currentTotal - (decimal)previous.GetValueOrDefault(k) / previousTotal));
        return Math.Round(shift / 2, 4, MidpointRounding.AwayFromZero);
    }
}
