using Microsoft.Extensions.Options;

namespace Keepage.Connectors.Salesforce.Auth;

/// <summary>
/// Gets and reuses the session (client credentials or JWT bearer). One request runs at a time; a token the API
/// rejected with 401 is dropped so the next caller signs in again.
/// </summary>
internal sealed class SalesforceTokenSource(IHttpClientFactory httpClients, IOptions<SalesforceOptions> options, TimeProvider clock) : IDisposable
{
    public const string HttpClientName = "Keepage.Salesforce.Token";

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private SalesforceSession? _current;

    public async Task<SalesforceSession> GetSessionAsync(CancellationToken cancellationToken)
    {
        if (_current is { } cached)
            return cached;
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            return _current ??= await RequestAsync(cancellationToken);
        }
        finally
        {
            _refresh.Release();
        }
    }

    public void Reject(string accessToken)
    {
        if (_current?.AccessToken == accessToken)
            _current = null;
    }

    public void Dispose() => _refresh.Dispose();

    private async Task<SalesforceSession> RequestAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var form = new FormUrlEncodedContent(settings.AuthFlow == SalesforceAuthFlow.JwtBearer
            ? [
                new("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer"),
                new("assertion", JwtBearerAssertion.Create(settings.ClientId, settings.Username!, settings.Audience, settings.PrivateKeyPem!, clock.GetUtcNow())),
            ]
            : [
                new("grant_type", "client_credentials"),
                new("client_id", settings.ClientId),
                new("client_secret", settings.ClientSecret!),
            ]);
        var http = httpClients.CreateClient(HttpClientName);
        using var response = await http.PostAsync(settings.TokenUri, form, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.IsSuccessStatusCode && SalesforceSession.Parse(body) is { } session)
            return session;
        var error = SalesforceError.First(body);
        throw new SalesforceException(response.StatusCode, error?.Code,
            $"Salesforce refused the token request: {(int)response.StatusCode} {error?.Code}: {error?.Message}");
    }
}
