namespace Keepage.Core.Kpis;

public static class PeriodTypes
{
    public const string Month = "month";

    /// <summary>An ISO week, Monday to Sunday; its period start is the Monday.</summary>
    public const string Week = "week";

    public static DateOnly WeekStart(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
}
