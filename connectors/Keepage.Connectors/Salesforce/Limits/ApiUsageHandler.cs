using System.Net;

namespace Keepage.Connectors.Salesforce.Limits;

/// <summary>Feeds every response's <c>Sforce-Limit-Info</c> to the <see cref="ApiBudget"/> and notes 403 REQUEST_LIMIT_EXCEEDED.</summary>
internal sealed class ApiUsageHandler(ApiBudget budget) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Sforce-Limit-Info", out var values))
            budget.Observe(string.Join(';', values));
        if (response.StatusCode == HttpStatusCode.Forbidden)
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (SalesforceError.Parse(body).Any(e => e.Code == "REQUEST_LIMIT_EXCEEDED"))
                budget.LimitExceeded();
        }
        return response;
    }
}
