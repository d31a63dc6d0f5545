using System.Net;
using System.Net.Http.Headers;

namespace Keepage.Connectors.Dataverse;

/// <summary>
/// Adds the bearer token. On a 401 (a token expired or revoked before its time) it fetches a new token and
/// sends the request once more; a second 401 is returned as is.
/// </summary>
internal sealed class DataverseAuthHandler(DataverseTokenSource tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await tokens.GetTokenAsync(cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
            return response;
        response.Dispose();
        tokens.Reject(token);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetTokenAsync(cancellationToken));
        return await base.SendAsync(request, cancellationToken);
    }
}
