using System.Text.Json;

namespace Keepage.Connectors.Dataverse.Metadata;

/// <summary>One table from EntityDefinitions: its names, its columns and its alternate keys, when they were expanded.</summary>
internal sealed record TableMetadata(string LogicalName, string EntitySetName, bool IsActivity, IReadOnlyList<string> Columns, IReadOnlyList<TableKey> Keys)
{
    /// <summary>Reads the <c>value</c> array of an EntityDefinitions response (fixture metadata/entitydefinitions-account.response.http).</summary>
    public static List<TableMetadata> ParseAll(string body)
    {
        using var json = JsonDocument.Parse(body);
        return [.. json.RootElement.GetProperty("value").EnumerateArray().Select(Parse)];
    }

    private static TableMetadata Parse(JsonElement table) => new(
        Text(table, "LogicalName") ?? "",
        Text(table, "EntitySetName") ?? "",
        table.TryGetProperty(nameof(IsActivity), out var activity) && activity.ValueKind == JsonValueKind.True,
        table.TryGetProperty("Attributes", out var attributes) ? [.. attributes.EnumerateArray().Select(a => Text(a, "LogicalName") ?? "")] : [],
        table.TryGetProperty(nameof(Keys), out var keys) ? [.. keys.EnumerateArray().Select(TableKey.Parse)] : []);

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
