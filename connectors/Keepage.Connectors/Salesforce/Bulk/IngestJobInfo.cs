using System.Text.Json;

namespace Keepage.Connectors.Salesforce.Bulk;

/// <summary>An ingest job's info (wire spec B8): id, state, counters; <c>apiVersion</c> is a number.</summary>
public sealed record IngestJobInfo(string Id, string Operation, string SObject, string State, int RecordsProcessed, int RecordsFailed, decimal? ApiVersion, string? ErrorMessage)
{
    public bool IsFinished => State is "JobComplete" or "Failed" or "Aborted";

    public static IngestJobInfo Parse(string body)
    {
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        return new IngestJobInfo(
            root.GetProperty("id").GetString()!,
            Text(root, "operation") ?? "",
            Text(root, "object") ?? "",
            Text(root, "state") ?? "",
            Number(root, "numberRecordsProcessed"),
            Number(root, "numberRecordsFailed"),
            root.TryGetProperty("apiVersion", out var version) && version.ValueKind == JsonValueKind.Number ? version.GetDecimal() : null,
            Text(root, "errorMessage"));
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int Number(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : 0;
}
