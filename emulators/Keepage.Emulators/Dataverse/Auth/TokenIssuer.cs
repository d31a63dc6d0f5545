using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Keepage.Emulators.Dataverse.Auth;

/// <summary>Issues opaque access tokens for one audience (the org URL) and checks them on every API call.</summary>
internal sealed class TokenIssuer(TimeProvider clock, TimeSpan lifetime)
{
    private readonly ConcurrentDictionary<string, (string Audience, string ClientId, DateTimeOffset ExpiresOn)> _issued = new(StringComparer.Ordinal);

    public TimeSpan Lifetime { get; } = lifetime;

    public string Issue(string audience, string clientId)
    {
        var token = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9." + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        _issued[token] = (Normalize(audience), clientId, clock.GetUtcNow() + Lifetime);
        return token;
    }

    /// <summary>The client (the application user) a valid bearer token for <paramref name="organization"/> belongs to.</summary>
    public string? UserOf(string? authorization, Uri organization)
    {
        const string Scheme = "Bearer ";
        if (authorization is null || !authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
            return null;
        return _issued.TryGetValue(authorization[Scheme.Length..].Trim(), out var grant)
            && grant.ExpiresOn > clock.GetUtcNow()
            && string.Equals(grant.Audience, Normalize(organization.ToString()), StringComparison.OrdinalIgnoreCase)
            ? grant.ClientId
            : null;
    }

    /// <summary>Makes every token issued so far invalid, as an expired or revoked token would be.</summary>
    public void RevokeAll() => _issued.Clear();

    private static string Normalize(string audience) => audience.TrimEnd('/');
}
