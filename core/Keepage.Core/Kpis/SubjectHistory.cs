namespace Keepage.Core.Kpis;

// One provider's or practice's referrals per month, with how many of them had complete data. Dates are added in any
// order and sorted once by Seal, before anything reads them.
internal sealed class SubjectHistory(string id)
{
    private readonly Dictionary<int, (int Count, int Complete)> _months = [];
    private readonly List<DateOnly> _dates = [];

    public string Id => id;

    public string? Name { get; private set; }

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

    public void Seal(string? name)
    {
        Name = name;
        _dates.Sort();
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
