using System.Text.Json;
using Azure.Core;

namespace Keepage.Connectors.Dataverse;

/// <summary>
/// The client-credentials grant posted by hand to an explicit token endpoint (the emulator, a test double), because
/// Azure.Identity requires an HTTPS authority it can run instance discovery against
/// (https://learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow).
/// </summary>
internal sealed class ClientCredentialsForm(IHttpClientFactory httpClients, DataverseOptions options, TimeProvider clock) : TokenCredential
{
    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Keepage requests Dataverse tokens asynchronously only.");

    public override async ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent(
        [
            new("client_id", options.ClientId),
            new("client_secret", options.ClientSecret),
            new("scope", string.Join(' ', requestContext.Scopes)),
            new("grant_type", "client_credentials"),
        ]);
        var http = httpClients.CreateClient(DataverseTokenSource.HttpClientName);
        using var response = await http.PostAsync(options.TokenUri, form, cancellationToken);
        using var body = ParseOrEmpty(await response.Content.ReadAsStringAsync(cancellationToken));
        var json = body.RootElement;
        if (!response.IsSuccessStatusCode || !json.TryGetProperty("access_token", out var token))
        {
            var error = json.TryGetProperty("error", out var code) ? code.GetString() : null;
            throw new DataverseException(response.StatusCode, error, $"Entra ID refused the Dataverse token request: {(int)response.StatusCode} {error}.");
        }
        var seconds = json.TryGetProperty("expires_in", out var expires) && expires.TryGetInt32(out var value) ? value : 3599;
        return new AccessToken(token.GetString()!, clock.GetUtcNow().AddSeconds(seconds));
    }

    private static JsonDocument ParseOrEmpty(string text)
    {
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            return JsonDocument.Parse("{}");
        }
    }
}
