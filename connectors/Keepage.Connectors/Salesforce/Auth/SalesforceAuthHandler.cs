using System.Net;
using System.Net.Http.Headers;

namespace Keepage.Connectors.Salesforce.Auth;

/// <summary>
/// Adds the bearer token and sends the call to the session's <c>instance_url</c>. On 401 (INVALID_SESSION_ID: the
/// session timed out) it signs in again and sends the request once more; a second 401 is returned as is.
/// </summary>
internal sealed class SalesforceAuthHandler(SalesforceTokenSource tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var session = await tokens.GetSessionAsync(cancellationToken);
        Apply(request, session);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
            return response;
        response.Dispose();
        tokens.Reject(session.AccessToken);
        Apply(request, await tokens.GetSessionAsync(cancellationToken));
        return await base.SendAsync(request, cancellationToken);
    }

    private static void Apply(HttpRequestMessage request, SalesforceSession session)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.AccessToken);
        var instance = session.InstanceUrl.GetLeftPart(UriPartial.Authority);
        request.RequestUri = new Uri(instance + request.RequestUri!.PathAndQuery, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
    }
}
