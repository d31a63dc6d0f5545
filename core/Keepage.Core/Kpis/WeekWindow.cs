namespace Keepage.Core.Kpis;

// The complete ISO weeks published: Mondays First to Last inclusive; Count 0 when weeks are off.
internal readonly record struct WeekWindow(DateOnly First, DateOnly Last, int Count)
{
    public static WeekWindow For(KpiSettings settings, DateOnly asOf)
    {
        var last = PeriodTypes.WeekStart(asOf).AddDays(-7);
        return new(last.AddDays(-7 * (settings.WeeklyHistory - 1)), last, settings.WeeklyHistory);
    }

    // Narrowed to the weeks starting on or after from.
    public WeekWindow From(DateOnly from)
    {
        var first = First > from ? First : PeriodTypes.WeekStart(from);
        return first > Last ? new(first, Last, 0) : new(first, Last, Count);
    }
}
