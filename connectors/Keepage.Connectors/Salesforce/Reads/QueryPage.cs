using System.Text.Json;

namespace Keepage.Connectors.Salesforce.Reads;

/// <summary>
/// One page of a SOQL query (wire spec B3): <c>totalSize</c> for the whole query, <c>done</c>, and
/// <c>nextRecordsUrl</c> (absent on the last page) to GET for the next one.
/// </summary>
public sealed record QueryPage(int TotalSize, bool Done, string? NextRecordsUrl, IReadOnlyList<JsonElement> Records)
{
    public static QueryPage Parse(string body)
    {
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        return new QueryPage(
            root.GetProperty("totalSize").GetInt32(),
            root.GetProperty("done").GetBoolean(),
            root.TryGetProperty("nextRecordsUrl", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null,
            [.. root.GetProperty("records").EnumerateArray().Select(r => r.Clone())]);
    }
}
