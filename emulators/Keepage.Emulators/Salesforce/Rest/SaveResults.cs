using System.Text.Json.Nodes;
using Keepage.Emulators.Salesforce.Http;

namespace Keepage.Emulators.Salesforce.Rest;

/// <summary>SaveResult bodies: <c>{"id","success","errors"}</c>; item errors use <c>statusCode</c>, not errorCode (wire spec B6).</summary>
internal static class SaveResults
{
    public static JsonObject Success(string id) => new() { ["id"] = id, ["success"] = true, ["errors"] = new JsonArray() };

    public static JsonObject Failure(IEnumerable<ErrorItem> errors, string? id = null) => new()
    {
        ["id"] = id,
        ["success"] = false,
        ["errors"] = new JsonArray([.. errors.Select(e => (JsonNode)new JsonObject
        {
            ["statusCode"] = e.ErrorCode,
            ["message"] = e.Message,
            ["fields"] = new JsonArray([.. (e.Fields ?? []).Select(f => JsonValue.Create(f))]),
        })]),
    };
}
