using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Keepage.Emulators.Salesforce.Http;
using Keepage.Emulators.Salesforce.Storage;
using Microsoft.AspNetCore.Http;

namespace Keepage.Emulators.Salesforce.Auth;

/// <summary>
/// <c>POST /services/oauth2/token</c> (wire spec B1): client credentials (form or HTTP Basic) and JWT bearer. Success
/// has no refresh_token and no expires_in; <c>issued_at</c> is epoch milliseconds as a string; errors are an object.
/// </summary>
internal sealed class OAuthEndpoint(SessionRegistry sessions, JwtAssertion jwt, SalesforceEmulatorOptions options, Uri instance)
{
    private const string JwtBearerGrant = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    public async Task<RestResponse> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
            return Error(400, "unsupported_grant_type", "grant type not supported");
        var form = await request.ReadFormAsync(cancellationToken);
        return form["grant_type"].ToString() switch
        {
            "client_credentials" => ClientCredentials(request, form),
            JwtBearerGrant => jwt.Validate(form["assertion"].ToString()) is null
                ? Error(400, "invalid_grant", "invalid assertion")
                : Success(scope: "api", secret: options.ClientId),
            _ => Error(400, "unsupported_grant_type", "grant type not supported"),
        };
    }

    private RestResponse ClientCredentials(HttpRequest request, IFormCollection form)
    {
        var (id, secret) = Credentials(request, form);
        if (id != options.ClientId)
            return Error(400, "invalid_client_id", "client identifier invalid");
        return secret == options.ClientSecret
            ? Success(scope: "api", secret: options.ClientSecret)
            : Error(401, "invalid_client", "invalid client credentials");
    }

    private RestResponse Success(string scope, string secret)
    {
        var issuedAt = options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var id = $"{instance}id/{EmulatedOrg.OrgId}/{SystemFields.DefaultUserId}";
        // signature = base64(HMAC-SHA256(client secret, id + issued_at)), so a client can check the response.
        var signature = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(id + issuedAt)));
        return RestResponse.Json(200, new JsonObject
        {
            ["access_token"] = sessions.Issue(),
            ["signature"] = signature,
            ["scope"] = scope,
            ["instance_url"] = instance.ToString().TrimEnd('/'),
            ["id"] = id,
            ["token_type"] = "Bearer",
            ["issued_at"] = issuedAt,
        });
    }

    private static (string? Id, string? Secret) Credentials(HttpRequest request, IFormCollection form)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
            return (form["client_id"].ToString(), form["client_secret"].ToString());
        var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim())).Split(':', 2);
        return (Uri.UnescapeDataString(pair[0]), pair.Length > 1 ? Uri.UnescapeDataString(pair[1]) : null);
    }

    private static RestResponse Error(int status, string error, string description) =>
        RestResponse.Json(status, new JsonObject { ["error"] = error, ["error_description"] = description });
}
