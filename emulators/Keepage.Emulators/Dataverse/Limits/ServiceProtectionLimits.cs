namespace Keepage.Emulators.Dataverse.Limits;

/// <summary>
/// Dataverse's per-user service protection limits over a sliding window (wire spec A11; live environments differ,
/// so every number is configurable and appears in the error message).
/// (https://learn.microsoft.com/power-apps/developer/data-platform/api-limits)
/// </summary>
public sealed record ServiceProtectionLimits
{
    public bool Enabled { get; init; } = true;

    public TimeSpan Window { get; init; } = TimeSpan.FromSeconds(300);

    /// <summary>Requests per window (0x80072322); a $batch counts as one.</summary>
    public int RequestLimit { get; init; } = 6000;

    /// <summary>Combined execution time per window (0x80072321).</summary>
    public TimeSpan ExecutionTimeLimit { get; init; } = TimeSpan.FromMinutes(20);

    /// <summary>Requests in flight at once (0x80072326), refused immediately.</summary>
    public int ConcurrencyLimit { get; init; } = 52;

    /// <summary>Retry-After for a concurrency refusal, which has no window to wait out.</summary>
    public TimeSpan ConcurrencyRetryAfter { get; init; } = TimeSpan.FromSeconds(1);
}
