namespace Keepage.Emulators.Salesforce;

/// <summary>
/// The org's daily API request allocation: every REST call counts one; at the limit calls get 403
/// REQUEST_LIMIT_EXCEEDED (wire spec B7). Thread-safe; tests may change the limit or start a new day.
/// </summary>
public sealed class ApiUsage(int dailyLimit)
{
    private int _used;
    private int _limit = dailyLimit;

    public int Used => Volatile.Read(ref _used);

    public int Limit => Volatile.Read(ref _limit);

    public int Remaining => Math.Max(0, Limit - Used);

    /// <summary>The <c>Sforce-Limit-Info</c> header value.</summary>
    public string Header => $"api-usage={Used}/{Limit}";

    /// <summary>Counts one call unless the allocation is used up; returns whether the call may run.</summary>
    public bool TryCount()
    {
        while (true)
        {
            var used = Used;
            if (used >= Limit)
                return false;
            if (Interlocked.CompareExchange(ref _used, used + 1, used) == used)
                return true;
        }
    }

    public void SetLimit(int dailyLimit) => Volatile.Write(ref _limit, dailyLimit);

    /// <summary>A new 24-hour window: usage back to zero.</summary>
    public void Reset() => Volatile.Write(ref _used, 0);
}
