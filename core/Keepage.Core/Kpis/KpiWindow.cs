namespace Keepage.Core.Kpis;

// The complete months KPIs are published for: First to Last, inclusive.
internal readonly record struct KpiWindow(CalendarMonth First, CalendarMonth Last)
{
    public static KpiWindow For(KpiSettings settings, DateOnly asOf)
    {
        var last = CalendarMonth.LastCompleteBefore(asOf);
        return new(last.AddMonths(1 - settings.HistoryMonths), last);
    }

    public static CalendarMonth Later(CalendarMonth a, CalendarMonth b) => a.Index >= b.Index ? a : b;
}
