namespace Keepage.Emulators.Salesforce;

/// <summary>
/// Faults to inject, changeable while the emulator runs: latency, 503s, expired sessions (see
/// <see cref="SalesforceEmulator.ExpireSessions"/>) and per-record UNABLE_TO_LOCK_ROW / DUPLICATE_VALUE on writes.
/// Which records fail is a deterministic function of the record's key, so a test run is repeatable.
/// </summary>
public sealed class SalesforceFaults
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _lockFailures = new(StringComparer.OrdinalIgnoreCase);
    private int _unavailable;

    /// <summary>Added before every API response.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>Share (0..1) of record writes refused with UNABLE_TO_LOCK_ROW.</summary>
    public double LockErrorRate { get; set; }

    /// <summary>How many attempts of the same record may be refused for a lock before it goes through.</summary>
    public int LockErrorsPerRecord { get; set; } = 1;

    /// <summary>Share (0..1) of record writes refused with DUPLICATE_VALUE (a permanent error).</summary>
    public double DuplicateValueRate { get; set; }

    /// <summary>Varies which records the rates pick.</summary>
    public int Seed { get; set; } = 17;

    /// <summary>The next <paramref name="count"/> API calls answer 503 SERVER_UNAVAILABLE.</summary>
    public void FailNextRequests(int count) => Interlocked.Exchange(ref _unavailable, count);

    internal bool TakeUnavailable()
    {
        while (true)
        {
            var left = Volatile.Read(ref _unavailable);
            if (left <= 0)
                return false;
            if (Interlocked.CompareExchange(ref _unavailable, left - 1, left) == left)
                return true;
        }
    }

    /// <summary>Whether this write of the record with <paramref name="key"/> meets a lock (and counts it).</summary>
    internal bool TakeLockError(string key)
    {
        if (!Picks("lock", key, LockErrorRate))
            return false;
        var failures = _lockFailures.AddOrUpdate(key, 1, (_, count) => count + 1);
        return failures <= LockErrorsPerRecord;
    }

    internal bool IsDuplicate(string key) => Picks("duplicate", key, DuplicateValueRate);

    private bool Picks(string fault, string key, double rate) => rate > 0 && Fraction($"{Seed}|{fault}|{key}") < rate;

    private static double Fraction(string text)
    {
        // FNV-1a: stable across processes, unlike string.GetHashCode.
        var hash = 2166136261u;
        foreach (var c in text)
            hash = (hash ^ c) * 16777619u;
        // A final avalanche so keys differing in one trailing character spread over the whole range.
        hash ^= hash >> 16;
        hash *= 0x85ebca6bu;
        hash ^= hash >> 13;
        hash *= 0xc2b2ae35u;
        hash ^= hash >> 16;
        return hash / (double)uint.MaxValue;
    }
}
