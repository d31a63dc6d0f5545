using System.Globalization;
using Keepage.Emulators.Dataverse.Http;

namespace Keepage.Emulators.Dataverse.Limits;

/// <summary>The three service protection errors, 429 with Retry-After in whole seconds (wire spec A11).</summary>
internal static class ServiceProtectionErrors
{
    public const string RequestCountCode = "0x80072322";
    public const string ExecutionTimeCode = "0x80072321";
    public const string ConcurrencyCode = "0x80072326";

    public static ApiResponse Response(string code, ServiceProtectionLimits limits, TimeSpan retryAfter) =>
        new ApiFault(429, code, Message(code, limits)).ToResponse()
            .WithHeader("Retry-After", Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture));

    private static string Message(string code, ServiceProtectionLimits limits) => code switch
    {
        ExecutionTimeCode => string.Create(CultureInfo.InvariantCulture,
            $"Combined execution time of incoming requests exceeded limit of {limits.ExecutionTimeLimit.TotalMilliseconds:N0}  milliseconds over time window of {limits.Window.TotalSeconds:0} seconds. Decrease number of concurrent requests or reduce the duration of requests and try again later."),
        ConcurrencyCode => string.Create(CultureInfo.InvariantCulture, $"Number of concurrent requests exceeded the limit of {limits.ConcurrencyLimit}."),
        _ => string.Create(CultureInfo.InvariantCulture,
            $"Number of requests exceeded the limit of {limits.RequestLimit} over time window of {limits.Window.TotalSeconds:0} seconds."),
    };
}
