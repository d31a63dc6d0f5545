using System.Text.Json;

namespace Keepage.Connectors.Salesforce.Auth;

/// <summary>
/// A token response (wire spec B1): the access token and the instance every API call goes to. Salesforce sends no
/// expires_in and no refresh token; the session lasts until an API call answers 401.
/// </summary>
public sealed record SalesforceSession(string AccessToken, Uri InstanceUrl, string? Id, DateTimeOffset? IssuedAt)
{
    /// <summary>Reads a success body; null when it lacks <c>access_token</c> or <c>instance_url</c>.</summary>
    public static SalesforceSession? Parse(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || Text(root, "access_token") is not { } token
                || !Uri.TryCreate(Text(root, "instance_url"), UriKind.Absolute, out var instance))
                return null;
            // issued_at is epoch milliseconds as a string.
            var issued = long.TryParse(Text(root, "issued_at"), System.Globalization.CultureInfo.InvariantCulture, out var ms)
                ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
                : (DateTimeOffset?)null;
            return new SalesforceSession(token, instance, Text(root, "id"), issued);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
