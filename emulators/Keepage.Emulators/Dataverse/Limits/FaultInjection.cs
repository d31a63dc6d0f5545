namespace Keepage.Emulators.Dataverse.Limits;

/// <summary>
/// Failures the emulator adds to Web API calls (never to the token endpoint), each drawn independently per request
/// from a seeded random source so a test run is repeatable. Shares are between 0 and 1.
/// </summary>
public sealed record FaultInjection
{
    /// <summary>Share of requests answered 429 with <see cref="ThrottleCode"/> and <see cref="RetryAfter"/>.</summary>
    public double ThrottleShare { get; init; }

    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>One of the service protection codes: 0x80072322 (requests), 0x80072321 (time), 0x80072326 (concurrency).</summary>
    public string ThrottleCode { get; init; } = ServiceProtectionErrors.RequestCountCode;

    /// <summary>Share of requests answered 503 Service Unavailable.</summary>
    public double UnavailableShare { get; init; }

    /// <summary>Share of requests whose connection is cut before they are processed.</summary>
    public double DropShare { get; init; }

    /// <summary>Share of requests processed (and committed) whose connection is then cut before the response.</summary>
    public double DropAfterCommitShare { get; init; }

    /// <summary>Added before every Web API response.</summary>
    public TimeSpan Latency { get; init; }

    public int Seed { get; init; } = 4;

    internal bool Any => ThrottleShare > 0 || UnavailableShare > 0 || DropShare > 0 || DropAfterCommitShare > 0 || Latency > TimeSpan.Zero;
}
