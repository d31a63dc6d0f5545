using System.Text.Json;
using System.Text.Json.Nodes;

namespace Keepage.Tests.Salesforce;

/// <summary>
/// A recorded WireMock mapping (heroku-applink fixtures): the request's method, path, query and JSON body, and the
/// response's status, headers and body (a JSON string in <c>body</c> or inline in <c>jsonBody</c>).
/// </summary>
internal sealed record WireMockStub(
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Query,
    string? RequestBody,
    int Status,
    IReadOnlyDictionary<string, string> Headers,
    string Body)
{
    public static WireMockStub Parse(string text)
    {
        var root = JsonNode.Parse(text)!.AsObject();
        var request = root["request"]!.AsObject();
        var response = root["response"]!.AsObject();
        var query = (request["queryParameters"] as JsonObject ?? [])
            .ToDictionary(p => p.Key, p => p.Value!["equalTo"]!.GetValue<string>());
        var pattern = (request["bodyPatterns"] as JsonArray)?.FirstOrDefault()?["equalToJson"];
        var headers = RecordedHeaders(text);
        var body = response["jsonBody"]?.ToJsonString() ?? response["body"]?.GetValue<string>() ?? "";
        return new WireMockStub(
            request["method"]!.GetValue<string>(),
            (request["url"] ?? request["urlPath"])!.GetValue<string>(),
            query,
            pattern is JsonValue json ? json.GetValue<string>() : pattern?.ToJsonString(),
            response["status"]!.GetValue<int>(),
            headers,
            body);
    }

    // The recorded headers repeat Content-Type, which JsonObject refuses; JsonDocument keeps the last.
    private static Dictionary<string, string> RecordedHeaders(string text)
    {
        using var json = JsonDocument.Parse(text);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (json.RootElement.GetProperty("response").TryGetProperty("headers", out var recorded))
        {
            foreach (var header in recorded.EnumerateObject().Where(h => h.Value.ValueKind == JsonValueKind.String))
                headers[header.Name] = header.Value.GetString()!;
        }
        return headers;
    }

    /// <summary>The path below <c>/services/data/vXX.X/</c>, e.g. <c>sobjects/Movie__c</c>.</summary>
    public string Resource => string.Join('/', Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Skip(3));
}
