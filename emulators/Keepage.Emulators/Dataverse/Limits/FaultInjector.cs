using Keepage.Emulators.Dataverse.Http;

namespace Keepage.Emulators.Dataverse.Limits;

/// <summary>Draws the configured faults, one roll per Web API request, from a seeded source.</summary>
internal sealed class FaultInjector(FaultInjection faults, ServiceProtectionLimits limits, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private readonly Random _random = new(faults.Seed);

    public FaultKind Next()
    {
        if (!faults.Any)
            return FaultKind.None;
        double roll;
        lock (_gate)
            roll = _random.NextDouble();
        return (roll -= faults.ThrottleShare) < 0 ? FaultKind.Throttle
            : (roll -= faults.UnavailableShare) < 0 ? FaultKind.Unavailable
            : (roll -= faults.DropShare) < 0 ? FaultKind.Drop
            : roll - faults.DropAfterCommitShare < 0 ? FaultKind.DropAfterCommit
            : FaultKind.None;
    }

    public Task DelayAsync(CancellationToken cancellationToken) =>
        faults.Latency > TimeSpan.Zero ? Task.Delay(faults.Latency, clock, cancellationToken) : Task.CompletedTask;

    public ApiResponse Throttled() => ServiceProtectionErrors.Response(faults.ThrottleCode, limits, faults.RetryAfter);

    public static ApiResponse Unavailable() => new ApiFault(503, "", "Service Unavailable").ToResponse();
}
