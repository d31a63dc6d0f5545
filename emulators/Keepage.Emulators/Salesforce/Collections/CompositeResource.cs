using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Keepage.Emulators.Salesforce.Http;
using Keepage.Emulators.Salesforce.Rest;

namespace Keepage.Emulators.Salesforce.Collections;

/// <summary>
/// <c>POST /composite</c> (wire spec B7): up to 25 subrequests, at most 5 of them collections or queries, run in order
/// as one API call; <c>@{ref.path}</c> reads an earlier answer; with allOrNone a failure rolls back everything and
/// the other subrequests answer PROCESSING_HALTED. The top-level status is always 200.
/// </summary>
internal sealed partial class CompositeResource(EmulatedOrg org, Func<RestRequest, RestResponse> route)
{
    private const int MaxSubrequests = 25;
    private const int MaxCollectionsOrQueries = 5;

    public RestResponse Handle(RestRequest request)
    {
        var body = SObjectResource.Body(request);
        var subrequests = (body["compositeRequest"] as JsonArray ?? []).Select(s => s as JsonObject ?? []).ToList();
        if (subrequests.Count > MaxSubrequests)
            throw RestError.Of(400, "INVALID_API_INPUT", $"Composite requests cannot have more than {MaxSubrequests} subrequests", null);
        if (subrequests.Count(s => Url(s) is var url && (url.Contains("/composite/sobjects", StringComparison.Ordinal) || url.Contains("/query", StringComparison.Ordinal))) > MaxCollectionsOrQueries)
            throw RestError.Of(400, "INVALID_API_INPUT", $"Composite requests cannot have more than {MaxCollectionsOrQueries} sObject Collections or query subrequests", null);
        var allOrNone = body["allOrNone"]?.GetValue<bool>() == true;
        if (allOrNone)
            org.Store.BeginUndo();
        var answers = new JsonObject();
        var results = new List<JsonObject>();
        foreach (var subrequest in subrequests)
        {
            var result = Run(request, subrequest, answers);
            results.Add(result);
            answers[subrequest["referenceId"]?.GetValue<string>() ?? ""] = result["body"]?.DeepClone();
        }
        var failed = results.Any(r => r["httpStatusCode"]!.GetValue<int>() >= 400);
        if (allOrNone)
            org.Store.EndUndo(rollback: failed);
        if (allOrNone && failed)
            results = [.. results.Select(r => r["httpStatusCode"]!.GetValue<int>() >= 400 ? r : Halted(r))];
        return RestResponse.Json(200, new JsonObject { ["compositeResponse"] = new JsonArray([.. results]) });
    }

    private JsonObject Run(RestRequest outer, JsonObject subrequest, JsonObject answers)
    {
        var referenceId = subrequest["referenceId"]?.GetValue<string>() ?? "";
        var url = Resolve(Url(subrequest), answers, encode: true);
        var body = subrequest["body"] is { } json ? Resolve(json.ToJsonString(), answers, encode: false) : "";
        var response = url is null || body is null
            ? RestError.Of(400, "PROCESSING_HALTED", "Invalid reference specified. No value found for a referenced subrequest.", null).ToResponse()
            : route(ToRequest(outer, subrequest["method"]?.GetValue<string>() ?? "GET", url, body));
        return new JsonObject
        {
            ["body"] = response.Body.Length == 0 ? null : JsonNode.Parse(response.Body),
            ["httpHeaders"] = new JsonObject([.. response.Headers.Where(h => h.Key is "Location").Select(h => new KeyValuePair<string, JsonNode?>(h.Key, h.Value))]),
            ["httpStatusCode"] = response.Status,
            ["referenceId"] = referenceId,
        };
    }

    private static RestRequest ToRequest(RestRequest outer, string method, string url, string body)
    {
        var (path, query) = url.IndexOf('?', StringComparison.Ordinal) is var q and >= 0 ? (url[..q], url[(q + 1)..]) : (url, "");
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Skip(2).Select(Uri.UnescapeDataString).ToList();
        var parameters = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query).ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        return new RestRequest(method.ToUpperInvariant(), segments.Count > 0 ? segments[0] : outer.Version, [.. segments.Skip(1)], parameters, outer.Headers, body);
    }

    // @{refAccount.id} or @{refQuery.records[0].Id}: null when the referenced answer has no such value.
    private static string? Resolve(string text, JsonObject answers, bool encode)
    {
        var missing = false;
        var resolved = Reference().Replace(text, match =>
        {
            JsonNode? node = answers;
            foreach (var part in match.Groups[1].Value.Split('.'))
            {
                var index = part.IndexOf('[', StringComparison.Ordinal);
                node = Member(node, index < 0 ? part : part[..index]);
                if (index >= 0)
                    node = node is JsonArray items && int.Parse(part[(index + 1)..^1], System.Globalization.CultureInfo.InvariantCulture) is var i && i < items.Count ? items[i] : null;
            }
            missing |= node is null;
            var value = WireFormat.Text(node) ?? "";
            return encode ? Uri.EscapeDataString(value) : value;
        });
        return missing ? null : resolved;
    }

    // A failed answer is an error array, so a reference into it finds nothing.
    private static JsonNode? Member(JsonNode? node, string name) => node is JsonObject json ? json[name] : null;

    private static string Url(JsonObject subrequest) => subrequest["url"]?.GetValue<string>() ?? "";

    private static JsonObject Halted(JsonObject result) => new()
    {
        ["body"] = new JsonArray(new JsonObject
        {
            ["errorCode"] = "PROCESSING_HALTED",
            ["message"] = "The transaction was rolled back since another operation in the same transaction failed.",
        }),
        ["httpHeaders"] = new JsonObject(),
        ["httpStatusCode"] = 400,
        ["referenceId"] = result["referenceId"]?.DeepClone(),
    };

    [GeneratedRegex(@"@\{([A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+(?:\[\d+\])?)+)\}")]
    private static partial Regex Reference();
}
