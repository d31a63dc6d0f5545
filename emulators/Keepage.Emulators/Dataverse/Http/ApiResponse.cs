using System.Net;
using System.Text.Json.Nodes;

namespace Keepage.Emulators.Dataverse.Http;

/// <summary>One Web API response, written to the wire or into a $batch part.</summary>
internal sealed record ApiResponse(int Status, IReadOnlyList<KeyValuePair<string, string>> Headers, string Body)
{
    public const string JsonContentType = "application/json; odata.metadata=minimal";

    // The batch samples show collection responses as streaming; single rows and errors are not.
    public const string CollectionContentType = "application/json; odata.metadata=minimal; odata.streaming=true";

    public bool IsSuccess => Status is >= 200 and < 300;

    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    public static ApiResponse NoContent(params KeyValuePair<string, string>[] headers) =>
        new((int)HttpStatusCode.NoContent, headers, "");

    public static ApiResponse Json(int status, JsonNode body, string contentType = JsonContentType, params KeyValuePair<string, string>[] headers) =>
        new(status, [new("Content-Type", contentType), .. headers], body.ToJsonString(JsonOutput.Options));

    public static ApiResponse Text(int status, string body) =>
        new(status, [new("Content-Type", "text/plain")], body);

    public ApiResponse WithHeader(string name, string value) => this with { Headers = [.. Headers, new(name, value)] };
}
