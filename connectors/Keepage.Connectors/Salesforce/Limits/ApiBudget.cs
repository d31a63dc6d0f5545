using System.Globalization;
using Microsoft.Extensions.Options;

namespace Keepage.Connectors.Salesforce.Limits;

/// <summary>
/// The org's daily API usage as the last <c>Sforce-Limit-Info: api-usage=used/max</c> header told it (wire spec B2,
/// B10; https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/headers_api_usage.htm), and the share of it Keepage may use. A 403 REQUEST_LIMIT_EXCEEDED stops writing until the next run.
/// </summary>
internal sealed class ApiBudget(IOptions<SalesforceOptions> options)
{
    private readonly Lock _gate = new();
    private (int Used, int Max)? _usage;
    private bool _exceeded;

    public void Observe(string limitInfo)
    {
        var usage = limitInfo.Split(';', StringSplitOptions.TrimEntries).FirstOrDefault(p => p.StartsWith("api-usage=", StringComparison.Ordinal));
        var parts = usage?["api-usage=".Length..].Split('/');
        if (parts is [var used, var max]
            && int.TryParse(used, NumberStyles.None, CultureInfo.InvariantCulture, out var u)
            && int.TryParse(max, NumberStyles.None, CultureInfo.InvariantCulture, out var m))
        {
            lock (_gate)
                _usage = (u, m);
        }
    }

    public void LimitExceeded()
    {
        lock (_gate)
            _exceeded = true;
    }

    /// <summary>A new run: the allocation may have been renewed since, so forget what the last run saw; its first call tells.</summary>
    public void StartRun()
    {
        lock (_gate)
            (_exceeded, _usage) = (false, null);
    }

    public bool Allows(int calls)
    {
        lock (_gate)
            return !_exceeded && (_usage is not { } usage || usage.Used + calls <= usage.Max * options.Value.MaxApiUsageShare);
    }

    public string Reason
    {
        get
        {
            lock (_gate)
            {
                var usage = _usage is { } u ? $"{u.Used}/{u.Max}" : "unknown";
                return _exceeded
                    ? $"Salesforce refused the call: REQUEST_LIMIT_EXCEEDED (api-usage {usage}); the record is sent again on the next run."
                    : $"Keepage's share of the daily Salesforce API allocation is used (api-usage {usage}, share {options.Value.MaxApiUsageShare.ToString("P0", CultureInfo.InvariantCulture)}); the record is sent again on the next run.";
            }
        }
    }
}
