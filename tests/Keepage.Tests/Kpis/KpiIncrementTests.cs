using Keepage.Core.Kpis;
using Keepage.Core.Referrals;
using static Keepage.Tests.Kpis.SampleReferrals;

namespace Keepage.Tests.Kpis;

public sealed class KpiIncrementTests
{
    private static readonly KpiSettings Settings = new();

    private static List<Referral> Months(DateOnly first, int months) =>
        [.. Enumerable.Range(0, months).SelectMany(m => InMonth(first.AddMonths(m), 3 + m % 4, m % 3 == 0 ? OmarReyes : JaneSmith))];

    [Fact]
    public void AddingAMonthRecomputesOnlyTheTouchedPeriodsAndMatchesAFullRun()
    {
        var old = Months(new(2025, 1, 1), 21);
        var added = Months(new(2026, 10, 1), 1);
        var before = KpiCalculator.Compute(old, Settings, new(2026, 10, 1));
        var asOf = new DateOnly(2026, 11, 1);

        var touched = KpiPeriods.TouchedBy(added.Select(r => r.ReferralDate), Settings, asOf);
        var partial = KpiCalculator.Compute([.. old, .. added], OutreachContext.None, Settings, asOf, touched);

        Assert.Equal([new KpiPeriod(PeriodTypes.Month, new(2026, 10, 1))], touched.Where(p => p.PeriodType == PeriodTypes.Month));
        Assert.All(partial, r => Assert.Contains(new KpiPeriod(r.PeriodType, r.PeriodStart), touched));
        var full = KpiCalculator.Compute([.. old, .. added], Settings, asOf);
        var firstMonth = new DateOnly(2025, 5, 1);
        var firstWeek = full.Where(r => r.PeriodType == PeriodTypes.Week).Min(r => r.PeriodStart);
        var kept = before.Where(r => !touched.Contains(new KpiPeriod(r.PeriodType, r.PeriodStart))
            && r.PeriodStart >= (r.PeriodType == PeriodTypes.Month ? firstMonth : firstWeek));
        Assert.Equal(full.Select(r => r.Key), kept.Concat(partial).Select(r => r.Key).Order(StringComparer.Ordinal));
        Assert.Equal(full, kept.Concat(partial).OrderBy(r => r.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void AMovedAsOfDateAlsoTouchesMonthsWhosePendingReferralsAged()
    {
        var touched = KpiPeriods.TouchedBy([], Settings, new(2026, 11, 1), previousAsOf: new(2026, 10, 1));

        Assert.Contains(new KpiPeriod(PeriodTypes.Month, new(2026, 6, 1)), touched);
        Assert.DoesNotContain(new KpiPeriod(PeriodTypes.Month, new(2026, 5, 1)), touched);
    }
}
