namespace Keepage.Core.Kpis;

// Counting in a list of dates sorted ascending, by binary search.
internal static class SortedDates
{
    // Dates d with from <= d < until.
    public static int CountBetween(IReadOnlyList<DateOnly> dates, DateOnly from, DateOnly until) =>
        until <= from ? 0 : LowerBound(dates, until) - LowerBound(dates, from);

    public static bool AnyBetween(IReadOnlyList<DateOnly> dates, DateOnly from, DateOnly until) => CountBetween(dates, from, until) > 0;

    // The index of the first date not before value.
    public static int LowerBound(IReadOnlyList<DateOnly> dates, DateOnly value)
    {
        int low = 0, high = dates.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (dates[mid] < value)
                low = mid + 1;
            else
                high = mid;
        }
        return low;
    }
}
