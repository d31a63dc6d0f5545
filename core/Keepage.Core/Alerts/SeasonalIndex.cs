using Keepage.Core.Kpis;

namespace Keepage.Core.Alerts;

// System-wide seasonal factor per calendar month, from whole years of history before the evaluated month: each
// month's total referrals over the mean of its 12-month block, averaged per calendar month over up to three blocks.
// Dividing by the block mean removes year-to-year growth. Factors average 1.
internal sealed class SeasonalIndex
{
    private const int MaxYears = 3;
    private readonly double[] _factors;

    private SeasonalIndex(double[] factors) => _factors = factors;

    public double FactorOf(CalendarMonth month) => _factors[month.MonthOfYear - 1];

    // Null when fewer than 12 complete months precede evaluated or a factor would be 0.
    public static SeasonalIndex? Estimate(IReadOnlyList<ResolvedReferral> referrals, CalendarMonth dataStart, CalendarMonth evaluated)
    {
        var years = Math.Min(MaxYears, evaluated.MonthsSince(dataStart) / 12);
        if (years < 1)
            return null;
        var totals = referrals.CountBy(r => r.Month.Index).ToDictionary();
        var ratios = new double[12];
        var blocks = 0;
        for (var year = 1; year <= years; year++)
        {
            var months = Enumerable.Range(1, 12).Select(i => evaluated.AddMonths(-12 * (year - 1) - i)).ToList();
            var mean = months.Average(m => totals.GetValueOrDefault(m.Index));
            if (mean == 0)
                continue;
            foreach (var month in months)
                ratios[month.MonthOfYear - 1] += totals.GetValueOrDefault(month.Index) / mean;
            blocks++;
        }
        if (blocks == 0 || ratios.Any(r => r <= 0))
            return null;
        return new(ratios.Select(r => r / blocks).ToArray());
    }
}
