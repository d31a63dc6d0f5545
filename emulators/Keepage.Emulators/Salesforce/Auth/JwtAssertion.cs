using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;

namespace Keepage.Emulators.Salesforce.Auth;

/// <summary>
/// Checks a JWT bearer assertion as Salesforce does (help.salesforce.com remoteaccess_oauth_jwt_flow): RS256 signature
/// by the connected app's certificate, <c>iss</c> = consumer key, <c>aud</c> = a login host or this org, a <c>sub</c>,
/// and <c>exp</c> in the future but at most about 3 minutes ahead.
/// </summary>
internal sealed class JwtAssertion(string? certificatePem, string clientId, Uri instance, TimeProvider clock)
{
    private static readonly TimeSpan MaxLifetime = TimeSpan.FromMinutes(5);

    private readonly RSA? _key = certificatePem is null ? null : Load(certificatePem);

    /// <summary>The username (<c>sub</c>) when the assertion is valid; otherwise null.</summary>
    public string? Validate(string assertion)
    {
        var parts = assertion.Split('.');
        if (_key is null || parts.Length != 3)
            return null;
        try
        {
            using var header = JsonDocument.Parse(Base64Url(parts[0]));
            if (header.RootElement.GetProperty("alg").GetString() != "RS256")
                return null;
            var signed = Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}");
            if (!_key.VerifyData(signed, Base64Url(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
                return null;
            using var claims = JsonDocument.Parse(Base64Url(parts[1]));
            return Accepts(claims.RootElement) ? claims.RootElement.GetProperty("sub").GetString() : null;
        }
        catch (Exception error) when (error is FormatException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }

    private bool Accepts(JsonElement claims)
    {
        var expires = DateTimeOffset.FromUnixTimeSeconds(claims.GetProperty("exp").GetInt64());
        var now = clock.GetUtcNow();
        var audience = claims.GetProperty("aud").GetString()?.TrimEnd('/');
        string[] audiences = ["https://login.salesforce.com", "https://test.salesforce.com", instance.ToString().TrimEnd('/')];
        return claims.GetProperty("iss").GetString() == clientId
            && !string.IsNullOrEmpty(claims.GetProperty("sub").GetString())
            && audiences.Contains(audience, StringComparer.OrdinalIgnoreCase)
            && expires > now && expires <= now + MaxLifetime;
    }

    private static RSA Load(string pem)
    {
        if (pem.Contains("BEGIN CERTIFICATE", StringComparison.Ordinal))
        {
            using var certificate = X509Certificate2.CreateFromPem(pem);
            return certificate.GetRSAPublicKey() ?? throw new InvalidOperationException("The JWT certificate has no RSA key.");
        }
        var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        return rsa;
    }

    private static byte[] Base64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + (4 - padded.Length % 4) % 4, '='));
    }
}
