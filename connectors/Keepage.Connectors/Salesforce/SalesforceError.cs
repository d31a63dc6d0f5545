using System.Text.Json;

namespace Keepage.Connectors.Salesforce;

/// <summary>
/// One error from Salesforce. REST errors are an array of <c>{"message","errorCode","fields"}</c>, collection items
/// carry <c>statusCode</c> instead, and OAuth errors are one <c>{"error","error_description"}</c> object (wire spec B9).
/// </summary>
public sealed record SalesforceError(string Code, string Message, IReadOnlyList<string> Fields)
{
    public static IReadOnlyList<SalesforceError> Parse(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind switch
            {
                JsonValueKind.Array => [.. json.RootElement.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).Select(From)],
                JsonValueKind.Object when json.RootElement.TryGetProperty("error", out var error) =>
                    [new SalesforceError(error.GetString() ?? "", Text(json.RootElement, "error_description") ?? "", [])],
                _ => [],
            };
        }
        catch (JsonException)
        {
            return [];
        }
    }

    public static SalesforceError? First(string body) => Parse(body) is [var first, ..] ? first : null;

    public static SalesforceError From(JsonElement error) => new(
        Text(error, "errorCode") ?? Text(error, "statusCode") ?? "",
        Text(error, "message") ?? "",
        error.TryGetProperty("fields", out var fields) && fields.ValueKind == JsonValueKind.Array
            ? [.. fields.EnumerateArray().Select(f => f.GetString() ?? "")]
            : []);

    public override string ToString() => $"{Code}: {Message}";

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
