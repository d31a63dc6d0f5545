using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Keepage.Connectors.Dataverse;

/// <summary>
/// Client-credentials tokens from Microsoft Entra ID (form POST to <c>/oauth2/v2.0/token</c>), cached until five
/// minutes before they expire. One refresh runs at a time; a token the API rejected is dropped and fetched again.
/// </summary>
internal sealed class DataverseTokenSource(IHttpClientFactory httpClients, IOptions<DataverseOptions> options, TimeProvider clock) : IDisposable
{
    public const string HttpClientName = "Keepage.Dataverse.Token";

    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private (string Value, DateTimeOffset RefreshAfter)? _current;

    public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (Usable() is { } cached)
            return cached;
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (Usable() is { } refreshed)
                return refreshed;
            var (token, lifetime) = await RequestAsync(cancellationToken);
            _current = (token, clock.GetUtcNow() + lifetime - RefreshMargin);
            return token;
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <summary>Forgets <paramref name="token"/> after the API answered 401 to it (expired or revoked early).</summary>
    public void Reject(string token)
    {
        if (_current?.Value == token)
            _current = null;
    }

    public void Dispose() => _refresh.Dispose();

    private string? Usable() => _current is { } token && clock.GetUtcNow() < token.RefreshAfter ? token.Value : null;

    private async Task<(string Token, TimeSpan Lifetime)> RequestAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var form = new FormUrlEncodedContent(
        [
            new("client_id", settings.ClientId),
            new("client_secret", settings.ClientSecret),
            new("scope", settings.EffectiveScope),
            new("grant_type", "client_credentials"),
        ]);
        var http = httpClients.CreateClient(HttpClientName);
        using var response = await http.PostAsync(settings.TokenUri, form, cancellationToken);
        using var body = ParseOrEmpty(await response.Content.ReadAsStringAsync(cancellationToken));
        var json = body.RootElement;
        if (!response.IsSuccessStatusCode || !json.TryGetProperty("access_token", out var token))
        {
            var error = json.TryGetProperty("error", out var code) ? code.GetString() : null;
            throw new DataverseException(response.StatusCode, error, $"Entra ID refused the Dataverse token request: {(int)response.StatusCode} {error}.");
        }
        var seconds = json.TryGetProperty("expires_in", out var expires) && expires.TryGetInt32(out var value) ? value : 3599;
        return (token.GetString()!, TimeSpan.FromSeconds(seconds));
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
