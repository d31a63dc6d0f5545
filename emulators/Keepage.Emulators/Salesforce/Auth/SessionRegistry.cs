using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Keepage.Emulators.Salesforce.Auth;

/// <summary>
/// Access tokens shaped like Salesforce's (<c>&lt;15-char org id&gt;!&lt;opaque&gt;</c>), valid for the session
/// timeout; tests can expire them all to provoke 401 INVALID_SESSION_ID.
/// </summary>
internal sealed class SessionRegistry(TimeProvider clock, TimeSpan lifetime)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _sessions = new(StringComparer.Ordinal);

    public string Issue()
    {
        var token = EmulatedOrg.OrgId[..15] + "!" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(72))
            .Replace('+', '.').Replace('/', '_').TrimEnd('=');
        _sessions[token] = clock.GetUtcNow() + lifetime;
        return token;
    }

    public bool IsValid(string? authorization)
    {
        const string Scheme = "Bearer ";
        if (authorization is null || !authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
            return false;
        return _sessions.TryGetValue(authorization[Scheme.Length..].Trim(), out var expires) && expires > clock.GetUtcNow();
    }

    public void ExpireAll() => _sessions.Clear();
}
