using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Keepage.Connectors.Salesforce.Auth;

/// <summary>
/// The signed JWT of the OAuth 2.0 JWT bearer flow (help.salesforce.com remoteaccess_oauth_jwt_flow): RS256 with the
/// connected app certificate's private key; <c>iss</c> consumer key, <c>sub</c> username, <c>aud</c> login host,
/// <c>exp</c> three minutes ahead (the most Salesforce accepts).
/// </summary>
internal static class JwtBearerAssertion
{
    public static string Create(string clientId, string username, string audience, string privateKeyPem, DateTimeOffset now)
    {
        var header = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["alg"] = "RS256" }));
        var claims = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["iss"] = clientId,
            ["sub"] = username,
            ["aud"] = audience,
            ["exp"] = now.AddMinutes(3).ToUnixTimeSeconds(),
        }));
        using var key = RSA.Create();
        key.ImportFromPem(privateKeyPem);
        var signature = key.SignData(Encoding.ASCII.GetBytes($"{header}.{claims}"), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{header}.{claims}.{Base64Url(signature)}";
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
