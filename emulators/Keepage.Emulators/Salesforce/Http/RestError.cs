using System.Text.Json.Nodes;

namespace Keepage.Emulators.Salesforce.Http;

/// <summary>A REST failure: the status and the <c>[{"message","errorCode","fields"}]</c> array it answers with.</summary>
internal sealed class RestError : Exception
{
    public RestError()
    {
        Errors = [];
    }

    public RestError(string message)
        : base(message)
    {
        Errors = [new ErrorItem(message, "UNKNOWN_EXCEPTION")];
    }

    public RestError(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new ErrorItem(message, "UNKNOWN_EXCEPTION")];
    }

    public RestError(int status, IReadOnlyList<ErrorItem> errors)
        : base(errors[0].Message)
    {
        Status = status;
        Errors = errors;
    }

    public int Status { get; } = 500;

    public IReadOnlyList<ErrorItem> Errors { get; }

    /// <summary>For a 300 answer: the matching records' URLs, which are the whole body (wire spec B5).</summary>
    public IReadOnlyList<string>? MatchUrls { get; private init; }

    public static RestError MultipleMatches(string field, IReadOnlyList<string> ids, IReadOnlyList<string> urls) =>
        new(300, [new ErrorItem($"{field}: more than one record found for external id field: [{string.Join(", ", ids)}]", "DUPLICATE_EXTERNAL_ID", [])])
        {
            MatchUrls = urls,
        };

    public static RestError Of(int status, string errorCode, string message, params string[]? fields) =>
        new(status, [new ErrorItem(message, errorCode, fields)]);

    public static RestError NotFound() => Of(404, "NOT_FOUND", "The requested resource does not exist", null);

    public static RestError MalformedId(string label, string id) =>
        Of(400, "MALFORMED_ID", $"{label}: id value of incorrect type: {id}", "Id");

    public RestResponse ToResponse() => MatchUrls is { } urls
        ? RestResponse.Json(Status, new JsonArray([.. urls.Select(u => JsonValue.Create(u))]))
        : RestResponse.Json(Status, ToJson(Errors));

    public static JsonArray ToJson(IEnumerable<ErrorItem> errors) => new([.. errors.Select(e =>
    {
        var item = new JsonObject { ["message"] = e.Message, ["errorCode"] = e.ErrorCode };
        if (e.Fields is not null)
            item["fields"] = new JsonArray([.. e.Fields.Select(f => JsonValue.Create(f))]);
        return (JsonNode)item;
    })]);
}
