using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Keepage.Emulators.Dataverse.Storage;

/// <summary>Reads stored column values whatever produced them (a parsed body, the state file or the emulator itself).</summary>
internal static class ColumnValue
{
    public static JsonValueKind Kind(JsonNode? node) => node?.GetValueKind() ?? JsonValueKind.Null;

    public static string? AsString(JsonNode? node) =>
        Kind(node) == JsonValueKind.String ? node!.GetValue<string>() : null;

    public static bool TryGetDecimal(JsonNode? node, out decimal value)
    {
        value = 0;
        return Kind(node) == JsonValueKind.Number
            && decimal.TryParse(node!.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    public static JsonNode Number(long value) => JsonValue.Create(value);

    public static JsonNode Timestamp(DateTimeOffset value) =>
        JsonValue.Create(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
}
