namespace Keepage.Core.Kpis;

// One provider's or practice's referrals per month, with how many of them had complete data.
internal sealed class SubjectHistory(string id, string? name)
{
    private readonly Dictionary<int, (int Count, int Complete)> _months = [];
    private readonly List<DateOnly> _dates = [];

    public string Id => id;

    public string? Name => name;

    public CalendarMonth FirstMonth { get; private set; } = new(int.MaxValue);

    public IReadOnlyList<DateOnly> Dates => _dates;

    public void Add(DateOnly date, bool complete)
    {
        var month = CalendarMonth.Of(date);
        var tally = _months.GetValueOrDefault(month.Index);
        _months[month.Index] = (tally.Count + 1, tally.Complete + (complete ? 1 : 0));
        _dates.Add(date);
        if (month.Index < FirstMonth.Index)
            FirstMonth = month;
    }

    public int CountIn(CalendarMonth month) => _months.GetValueOrDefault(month.Index).Count;

    public int CompleteIn(CalendarMonth month) => _months.GetValueOrDefault(month.Index).Complete;

    public bool ReferredBetween(CalendarMonth first, CalendarMonth last)
    {
        for (var m = first; m.Index <= last.Index; m = m.AddMonths(1))
        {
            if (_months.ContainsKey(m.Index))
                return true;
        }
        return false;
    }
}
