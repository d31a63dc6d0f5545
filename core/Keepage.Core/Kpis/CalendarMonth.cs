using System.Globalization;

namespace Keepage.Core.Kpis;

// A calendar month as a running index (year * 12 + month - 1), so month arithmetic is integer arithmetic.
internal readonly record struct CalendarMonth(int Index)
{
    public static CalendarMonth Of(DateOnly date) => new(date.Year * 12 + date.Month - 1);

    public DateOnly Start => new(Index / 12, Index % 12 + 1, 1);

    public int MonthOfYear => Index % 12 + 1;

    public string Label => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public CalendarMonth AddMonths(int months) => new(Index + months);

    public int MonthsSince(CalendarMonth earlier) => Index - earlier.Index;

    // The last month wholly before asOf: data is taken as complete up to the day before.
    public static CalendarMonth LastCompleteBefore(DateOnly asOf) => Of(asOf).AddMonths(-1);
}
