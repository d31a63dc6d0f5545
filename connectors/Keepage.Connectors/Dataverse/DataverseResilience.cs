using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Keepage.Connectors.Dataverse;

/// <summary>
/// The one resilience handler of the Dataverse client. 429 and 503 wait exactly the server's <c>Retry-After</c>
/// (Microsoft.Extensions.Http.Resilience reads it when ShouldRetryAfterHeader is on), without one the delay backs
/// off exponentially, as the api-limits guidance asks
/// (https://learn.microsoft.com/power-apps/developer/data-platform/api-limits#how-to-re-try). $batch POSTs are
/// retried too: every part is an upsert by key, so a repeat lands on the same rows. A Retry-After longer than
/// <see cref="DataverseOptions.MaxRetryAfter"/> is not waited out: the 429 goes back to the caller, whose items
/// stay pending for the next run. Throttling does not count towards opening the circuit.
/// </summary>
internal static class DataverseResilience
{
    public static void Configure(HttpStandardResilienceOptions resilience, IOptions<DataverseOptions> dataverse)
    {
        DataverseOptions options;
        try
        {
            options = dataverse.Value;
        }
        catch (OptionsValidationException)
        {
            // Invalid Dataverse settings fail start-up on their own, with their own message; keep the defaults here.
            return;
        }
        resilience.RateLimiter.DefaultRateLimiterOptions.PermitLimit = options.MaxConcurrency;
        resilience.RateLimiter.DefaultRateLimiterOptions.QueueLimit = int.MaxValue;
        resilience.AttemptTimeout.Timeout = options.RequestTimeout;
        resilience.Retry.MaxRetryAttempts = options.MaxRetries;
        resilience.Retry.ShouldRetryAfterHeader = true;
        resilience.Retry.BackoffType = DelayBackoffType.Exponential;
        resilience.Retry.UseJitter = true;
        resilience.Retry.Delay = options.RetryBaseDelay;
        resilience.Retry.ShouldHandle = args => ValueTask.FromResult(
            HttpClientResiliencePredicates.IsTransient(args.Outcome) && !WaitsTooLong(args.Outcome.Result, options.MaxRetryAfter));
        resilience.CircuitBreaker.ShouldHandle = args => ValueTask.FromResult(
            HttpClientResiliencePredicates.IsTransient(args.Outcome) && args.Outcome.Result?.StatusCode != HttpStatusCode.TooManyRequests);
        // Validation requires the sampling window to be at least twice the attempt timeout.
        resilience.CircuitBreaker.SamplingDuration = options.RequestTimeout * 2 + TimeSpan.FromSeconds(1);
        resilience.TotalRequestTimeout.Timeout = (options.RequestTimeout + options.MaxRetryAfter) * (options.MaxRetries + 1);
    }

    private static bool WaitsTooLong(HttpResponseMessage? response, TimeSpan budget) =>
        response?.Headers.RetryAfter is { } retryAfter
        && (retryAfter.Delta ?? (retryAfter.Date - DateTimeOffset.UtcNow)) > budget;
}
