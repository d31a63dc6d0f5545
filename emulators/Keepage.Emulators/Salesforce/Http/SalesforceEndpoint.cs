using System.Text;
using Keepage.Emulators.Salesforce.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;

namespace Keepage.Emulators.Salesforce.Http;

/// <summary>
/// The only ASP.NET Core code: the token endpoint, the version list, and for every REST call the session check
/// (401 INVALID_SESSION_ID + <c>WWW-Authenticate: Token</c>), injected faults, the daily allocation (403
/// REQUEST_LIMIT_EXCEEDED) and <c>Sforce-Limit-Info</c> on the answer (wire spec B1, B2, B7).
/// </summary>
internal sealed class SalesforceEndpoint(EmulatedOrg org, RestRouter router, SessionRegistry sessions, OAuthEndpoint oauth)
{
    private const string DataRoot = "/services/data/";

    public async Task HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var path = context.Request.Path.Value ?? "/";
        var response = path switch
        {
            "/services/oauth2/token" when HttpMethods.IsPost(context.Request.Method) => await oauth.HandleAsync(context.Request, cancellationToken),
            "/services/data" or DataRoot => Versions(),
            _ when path.StartsWith(DataRoot + "v", StringComparison.Ordinal) => await ApiAsync(context, cancellationToken),
            _ => RestError.NotFound().ToResponse(),
        };
        await WriteAsync(context, response, cancellationToken);
    }

    private async Task<RestResponse> ApiAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (!sessions.IsValid(context.Request.Headers.Authorization.ToString()))
            return RestError.Of(401, "INVALID_SESSION_ID", "Session expired or invalid", null).ToResponse().WithHeader("WWW-Authenticate", "Token");
        if (org.Faults.Latency > TimeSpan.Zero)
            await Task.Delay(org.Faults.Latency, org.Clock, cancellationToken);
        if (org.Faults.TakeUnavailable())
            return RestError.Of(503, "SERVER_UNAVAILABLE", "Server unavailable", null).ToResponse();
        if (!org.Usage.TryCount())
            return RestError.Of(403, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.", null).ToResponse().WithHeader("Sforce-Limit-Info", org.Usage.Header);
        var request = await ReadAsync(context, cancellationToken);
        return router.Execute(request).WithHeader("Sforce-Limit-Info", org.Usage.Header);
    }

    private static async Task<RestRequest> ReadAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var rawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var rawPath = rawTarget.Split('?')[0];
        var segments = rawPath[DataRoot.Length..].Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToList();
        var query = QueryHelpers.ParseQuery(context.Request.QueryString.Value).ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var body = await new StreamReader(context.Request.Body, Encoding.UTF8).ReadToEndAsync(cancellationToken);
        return new RestRequest(context.Request.Method, segments[0], [.. segments.Skip(1)], query, headers, body);
    }

    private static RestResponse Versions() => RestResponse.Json(200, new System.Text.Json.Nodes.JsonArray(
        new System.Text.Json.Nodes.JsonObject { ["label"] = "Winter '25", ["url"] = $"/services/data/v{EmulatedOrg.ApiVersion}", ["version"] = EmulatedOrg.ApiVersion }));

    private static async Task WriteAsync(HttpContext context, RestResponse response, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers)
            context.Response.Headers.Append(name, value);
        if (response.Body.Length > 0)
            await context.Response.WriteAsync(response.Body, Encoding.UTF8, cancellationToken);
    }
}
