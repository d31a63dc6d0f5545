using Keepage.Emulators.Dataverse.Http;

namespace Keepage.Emulators.Dataverse.Limits;

/// <summary>
/// Counts each user's requests, execution time and requests in flight over the sliding window, and refuses a
/// request that would pass a limit with the matching 429 (wire spec A11).
/// </summary>
internal sealed class ServiceProtection(ServiceProtectionLimits limits, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, UserUsage> _users = new(StringComparer.Ordinal);

    /// <summary>Admits the request (the caller must <see cref="Exit"/>) or returns the 429 to send instead.</summary>
    public ApiResponse? Enter(string user)
    {
        if (!limits.Enabled)
            return null;
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            var usage = Usage(user);
            usage.Prune(now - limits.Window);
            if (usage.InFlight >= limits.ConcurrencyLimit)
                return ServiceProtectionErrors.Response(ServiceProtectionErrors.ConcurrencyCode, limits, limits.ConcurrencyRetryAfter);
            if (usage.Requests.Count >= limits.RequestLimit)
                return ServiceProtectionErrors.Response(ServiceProtectionErrors.RequestCountCode, limits, usage.Requests.Peek().At + limits.Window - now);
            if (usage.ExecutionTime >= limits.ExecutionTimeLimit)
                return ServiceProtectionErrors.Response(ServiceProtectionErrors.ExecutionTimeCode, limits, usage.Requests.Peek().At + limits.Window - now);
            usage.InFlight++;
            return null;
        }
    }

    public void Exit(string user, DateTimeOffset started)
    {
        if (!limits.Enabled)
            return;
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            var usage = Usage(user);
            usage.InFlight--;
            usage.Add(started, now - started);
        }
    }

    private UserUsage Usage(string user)
    {
        if (!_users.TryGetValue(user, out var usage))
            _users[user] = usage = new UserUsage();
        return usage;
    }

    private sealed class UserUsage
    {
        public Queue<(DateTimeOffset At, TimeSpan Duration)> Requests { get; } = new();

        public int InFlight { get; set; }

        public TimeSpan ExecutionTime { get; private set; }

        public void Add(DateTimeOffset at, TimeSpan duration)
        {
            Requests.Enqueue((at, duration));
            ExecutionTime += duration;
        }

        public void Prune(DateTimeOffset windowStart)
        {
            while (Requests.Count > 0 && Requests.Peek().At < windowStart)
                ExecutionTime -= Requests.Dequeue().Duration;
        }
    }
}
