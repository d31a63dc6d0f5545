using Keepage.Core.Referrals;

namespace Keepage.Core.Kpis;

/// <summary>
/// The KPIs over complete calendar months (and ISO weeks for volume) before the as-of date, per provider, practice,
/// service line, liaison (with a CRM) and the whole system. Pure: same input gives the same records, sorted by key.
/// </summary>
public static class KpiCalculator
{
    public static IReadOnlyList<KpiRecord> Compute(IReadOnlyList<Referral> referrals, KpiSettings settings, DateOnly asOf) =>
        Compute(referrals, OutreachContext.None, settings, asOf);

    /// <summary>
    /// With <paramref name="periods"/>, only those periods are computed (see <see cref="KpiPeriods.TouchedBy"/>):
    /// each record is the same as a full computation would give for its period.
    /// </summary>
    public static IReadOnlyList<KpiRecord> Compute(
        IReadOnlyList<Referral> referrals, OutreachContext outreach, KpiSettings settings, DateOnly asOf, IReadOnlySet<KpiPeriod>? periods = null)
    {
        ArgumentNullException.ThrowIfNull(referrals);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        return Compute(ReferralAnalysis.Prepare(referrals, asOf), outreach, settings, periods);
    }

    /// <summary>The same from referrals already prepared, e.g. shared with <see cref="Alerts.AlertEvaluator"/>.</summary>
    public static IReadOnlyList<KpiRecord> Compute(
        ReferralAnalysis analysis, OutreachContext outreach, KpiSettings settings, IReadOnlySet<KpiPeriod>? periods = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(outreach);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        var (subjects, asOf) = (analysis.Subjects, analysis.AsOf);
        if (subjects.FirstMonth is not { } dataStart)
            return [];
        var (window, weeks) = Windows(settings, asOf, periods);
        var run = new KpiRun(subjects, outreach, settings, asOf, periods, window, weeks, dataStart);
        var grains = GrainSelector.For(outreach);
        var parts = new List<KpiRecord>[grains.Count + 1];
        var histories = new IReadOnlyList<SubjectHistory>[grains.Count];
        // The grains are independent of one another (and of new providers), so they are computed side by side; the
        // referrer KPIs then need the provider, system and liaison histories. Sorting by key makes the order fixed.
        Parallel.For(0, grains.Count + 1, i =>
        {
            if (i == grains.Count)
                parts[i] = run.NewProviders();
            else
                (parts[i], histories[i]) = run.Grain(grains[i]);
        });
        var byGrain = grains.Select((g, i) => (g.Grain, History: histories[i])).ToDictionary(g => g.Grain, g => g.History, StringComparer.Ordinal);
        return Sorted([.. parts, run.Referrers(byGrain)]);
    }

    // The published windows, narrowed to the earliest requested period when only some periods are wanted.
    private static (KpiWindow Months, WeekWindow Weeks) Windows(KpiSettings settings, DateOnly asOf, IReadOnlySet<KpiPeriod>? periods)
    {
        var months = KpiWindow.For(settings, asOf);
        var weeks = WeekWindow.For(settings, asOf);
        if (periods is null)
            return (months, weeks);
        var firstMonth = periods.Where(p => p.PeriodType == PeriodTypes.Month).Select(p => (DateOnly?)p.Start).Min();
        var firstWeek = periods.Where(p => p.PeriodType == PeriodTypes.Week).Select(p => (DateOnly?)p.Start).Min();
        return (
            firstMonth is { } m ? months with { First = KpiWindow.Later(months.First, CalendarMonth.Of(m)) } : months with { First = months.Last.AddMonths(1) },
            firstWeek is { } w ? weeks.From(w) : weeks with { Count = 0 });
    }

    // By key, ordinally. Keys are "{kpi}.{grain}.{rest}" and neither kpi nor grain holds a dot, so ordering the
    // (kpi, grain) buckets by that prefix and then each bucket by key orders the whole; the buckets sort side by side.
    // Keys are unique (kpi, grain, subject, period), so an unstable sort still gives one order.
    private static List<KpiRecord> Sorted(List<KpiRecord>[] parts)
    {
        var buckets = parts
            .SelectMany(p => p)
            .GroupBy(r => (r.Kpi, r.Grain))
            .OrderBy(g => $"{g.Key.Kpi}.{g.Key.Grain}.", StringComparer.Ordinal)
            .Select(g => g.ToArray())
            .ToList();
        Parallel.ForEach(buckets, bucket => Array.Sort(Array.ConvertAll(bucket, r => r.Key), bucket, StringComparer.Ordinal));
        var sorted = new List<KpiRecord>(buckets.Sum(b => b.Length));
        foreach (var bucket in buckets)
            sorted.AddRange(bucket);
        return sorted;
    }
}
