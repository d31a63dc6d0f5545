using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Options;

namespace Keepage.Connectors.Dataverse;

/// <summary>
/// Client-credentials tokens for the Dataverse scope, cached until five minutes before they expire. One refresh
/// runs at a time; a token the API rejected is dropped and fetched again. Real organisations sign in through
/// Azure.Identity (secret, certificate or managed identity); an explicit token endpoint uses
/// <see cref="ClientCredentialsForm"/>.
/// </summary>
internal sealed class DataverseTokenSource(IHttpClientFactory httpClients, IOptions<DataverseOptions> options, TimeProvider clock) : IDisposable
{
    public const string HttpClientName = "Keepage.Dataverse.Token";

    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private readonly Lazy<TokenCredential> _credential = new(() => Create(httpClients, options.Value, clock));
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
            var token = await _credential.Value.GetTokenAsync(new TokenRequestContext([options.Value.EffectiveScope]), cancellationToken);
            _current = (token.Token, token.ExpiresOn - RefreshMargin);
            return token.Token;
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

    private static TokenCredential Create(IHttpClientFactory httpClients, DataverseOptions settings, TimeProvider clock) =>
        settings.TokenEndpoint is not null
            ? new ClientCredentialsForm(httpClients, settings, clock)
            : settings.Credential switch
            {
                DataverseCredential.ClientCertificate => string.IsNullOrEmpty(settings.CertificatePassword)
                    ? new ClientCertificateCredential(settings.TenantId, settings.ClientId, settings.CertificatePath)
                    : new ClientCertificateCredential(settings.TenantId, settings.ClientId,
                        X509CertificateLoader.LoadPkcs12FromFile(settings.CertificatePath!, settings.CertificatePassword)),
                DataverseCredential.ManagedIdentity => string.IsNullOrWhiteSpace(settings.ClientId)
                    ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
                    : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(settings.ClientId)),
                _ => new ClientSecretCredential(settings.TenantId, settings.ClientId, settings.ClientSecret),
            };
}
