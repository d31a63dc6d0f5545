using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Keepage.Connectors.Salesforce.Writes;

/// <summary>Failures of the call itself after the resilience handler gave up: the records may be sent again later.</summary>
internal static class TransportFailure
{
    public static bool Is(Exception error, CancellationToken cancellationToken) => error switch
    {
        HttpRequestException or TimeoutRejectedException or BrokenCircuitException => true,
        TaskCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };
}
