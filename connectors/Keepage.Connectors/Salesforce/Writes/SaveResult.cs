using System.Text.Json;

namespace Keepage.Connectors.Salesforce.Writes;

/// <summary>
/// A SaveResult / UpsertResult: <c>{"id","success","errors":[{"statusCode"|"errorCode","message","fields"}],"created"?}</c>
/// (wire spec B4-B6). A failed item has no id or a null one.
/// </summary>
public sealed record SaveResult(string? Id, bool Success, bool? Created, IReadOnlyList<SalesforceError> Errors)
{
    public SalesforceError? FirstError => Errors is [var first, ..] ? first : null;

    public static SaveResult Parse(JsonElement item) => new(
        item.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null,
        item.TryGetProperty("success", out var success) && success.ValueKind == JsonValueKind.True,
        item.TryGetProperty("created", out var created) && created.ValueKind is JsonValueKind.True or JsonValueKind.False ? created.GetBoolean() : null,
        item.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array ? [.. errors.EnumerateArray().Select(SalesforceError.From)] : []);

    public static IReadOnlyList<SaveResult> ParseAll(string body)
    {
        using var json = JsonDocument.Parse(body);
        return json.RootElement.ValueKind == JsonValueKind.Array ? [.. json.RootElement.EnumerateArray().Select(Parse)] : [Parse(json.RootElement)];
    }

    /// <summary>The record URLs of a 300 Multiple Choices answer to an External ID upsert.</summary>
    public static IReadOnlyList<string> ParseMultipleMatches(string body)
    {
        using var json = JsonDocument.Parse(body);
        return [.. json.RootElement.EnumerateArray().Select(u => u.GetString() ?? "")];
    }
}
