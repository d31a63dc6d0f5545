using System.Text.Json;
using System.Text.Json.Nodes;

namespace Keepage.Emulators.Salesforce.Http;

/// <summary>One response: status, headers and body text (JSON, CSV or empty).</summary>
internal sealed record RestResponse(int Status, IReadOnlyList<KeyValuePair<string, string>> Headers, string Body)
{
    public const string JsonContentType = "application/json;charset=UTF-8";

    private static readonly JsonSerializerOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static RestResponse Json(int status, JsonNode body, params KeyValuePair<string, string>[] headers) =>
        new(status, [new("Content-Type", JsonContentType), .. headers], body.ToJsonString(Compact));

    public static RestResponse Csv(string body, params KeyValuePair<string, string>[] headers) =>
        new(200, [new("Content-Type", "text/csv"), .. headers], body);

    public static RestResponse NoContent() => new(204, [], "");

    public static RestResponse Created() => new(201, [], "");

    public RestResponse WithHeader(string name, string value) => this with { Headers = [.. Headers, new(name, value)] };
}
