namespace Keepage.Core.Kpis;

/// <summary>Which published periods new or changed referrals can change, so the flow recomputes only those.</summary>
public static class KpiPeriods
{
    /// <summary>
    /// Every published month and week from the one holding the earliest given referral date on. Later periods are
    /// included because they depend on earlier ones (previous-period and year-on-year values, new, lapsed and
    /// reactivated referrers). When the as-of date moved since the last computation (<paramref name="previousAsOf"/>),
    /// the periods whose values depend on "today" are added too: pending referrals that aged into unconverted leakage
    /// and outreach lift windows that closed, i.e. from max(UnconvertedDays, OutreachLiftDays + 31) days before it.
    /// </summary>
    public static IReadOnlySet<KpiPeriod> TouchedBy(
        IEnumerable<DateOnly> referralDates, KpiSettings settings, DateOnly asOf, DateOnly? previousAsOf = null)
    {
        ArgumentNullException.ThrowIfNull(referralDates);
        ArgumentNullException.ThrowIfNull(settings);
        var dates = referralDates.Where(d => d < asOf).ToList();
        if (previousAsOf is { } previous && previous != asOf)
            dates.Add(previous.AddDays(-Math.Max(settings.UnconvertedDays, settings.OutreachLiftDays + 31)));
        var touched = new HashSet<KpiPeriod>();
        if (dates.Count == 0)
            return touched;
        var earliest = dates.Min();
        var months = KpiWindow.For(settings, asOf);
        for (var month = KpiWindow.Later(months.First, CalendarMonth.Of(earliest)); month.Index <= months.Last.Index; month = month.AddMonths(1))
            touched.Add(new(PeriodTypes.Month, month.Start));
        var weeks = WeekWindow.For(settings, asOf).From(PeriodTypes.WeekStart(earliest));
        for (var week = weeks.First; weeks.Count > 0 && week <= weeks.Last; week = week.AddDays(7))
            touched.Add(new(PeriodTypes.Week, week));
        return touched;
    }
}
