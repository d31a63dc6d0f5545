using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Keepage.Emulators.Dataverse.Http;
using Microsoft.AspNetCore.Http;

namespace Keepage.Emulators.Dataverse.Auth;

/// <summary>
/// The Microsoft Entra ID v2 token endpoint, client-credentials grant only (wire spec A1): a form POST with
/// client_id, client_secret (or HTTP Basic) and scope <c>{org}/.default</c>.
/// </summary>
internal sealed class TokenEndpoint(TokenIssuer issuer, DataverseEmulatorOptions options, TimeProvider clock)
{
    public async Task<ApiResponse> HandleAsync(HttpRequest request, string tenant, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
            return Error(400, "invalid_request", 900144, "The request body must contain the following parameter: 'grant_type'.");
        var form = await request.ReadFormAsync(cancellationToken);
        var (clientId, clientSecret) = Credentials(request, form);
        if (!string.Equals(tenant, options.TenantId, StringComparison.OrdinalIgnoreCase))
            return Error(400, "invalid_request", 90002, $"Tenant '{tenant}' not found.");
        if (form["grant_type"] != "client_credentials")
            return Error(400, "unsupported_grant_type", 70003, "The app requested an unsupported grant type.");
        if (string.IsNullOrEmpty(clientId))
            return Error(400, "invalid_request", 900144, "The request body must contain the following parameter: 'client_id'.");
        if (string.IsNullOrEmpty(clientSecret) || !Accepts(clientId, clientSecret))
            return Error(401, "invalid_client", 7000215, "Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.");
        var scope = form["scope"].ToString();
        if (!scope.EndsWith("/.default", StringComparison.Ordinal) || scope.Contains(' ', StringComparison.Ordinal))
            return Error(400, "invalid_scope", 70011, $"The provided value for the input parameter 'scope' is not valid. The scope {scope} is not valid.");
        var seconds = (int)issuer.Lifetime.TotalSeconds;
        return ApiResponse.Json(200, new JsonObject
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = seconds,
            ["ext_expires_in"] = seconds,
            ["access_token"] = issuer.Issue(scope[..^"/.default".Length], clientId),
        }, "application/json; charset=utf-8");
    }

    private bool Accepts(string clientId, string clientSecret) =>
        (options.ClientId is null || options.ClientId == clientId) && (options.ClientSecret is null || options.ClientSecret == clientSecret);

    // RFC 6749 §2.3.1: the secret may come as HTTP Basic instead of in the form.
    private static (string? Id, string? Secret) Credentials(HttpRequest request, IFormCollection form)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim())).Split(':', 2);
            return (Uri.UnescapeDataString(pair[0]), pair.Length > 1 ? Uri.UnescapeDataString(pair[1]) : null);
        }
        return (form["client_id"].ToString(), form["client_secret"].ToString());
    }

    private ApiResponse Error(int status, string error, int code, string description)
    {
        var trace = Guid.NewGuid().ToString();
        var correlation = Guid.NewGuid().ToString();
        var now = clock.GetUtcNow().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return ApiResponse.Json(status, new JsonObject
        {
            ["error"] = error,
            ["error_description"] = $"AADSTS{code}: {description}\r\nTrace ID: {trace}\r\nCorrelation ID: {correlation}\r\nTimestamp: {now}",
            ["error_codes"] = new JsonArray(code),
            ["timestamp"] = now,
            ["trace_id"] = trace,
            ["correlation_id"] = correlation,
        }, "application/json; charset=utf-8");
    }
}
