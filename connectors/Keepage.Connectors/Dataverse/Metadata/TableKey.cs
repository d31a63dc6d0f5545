using System.Text.Json;

namespace Keepage.Connectors.Dataverse.Metadata;

/// <summary>
/// An alternate key: its columns and index status. Only an <c>Active</c> key can address rows
/// (https://learn.microsoft.com/power-apps/developer/data-platform/define-alternate-keys-entity).
/// </summary>
internal sealed record TableKey(string LogicalName, IReadOnlyList<string> Columns, string? Status)
{
    public bool IsActive => Status is null or "Active";

    public static TableKey Parse(JsonElement key) => new(
        key.TryGetProperty(nameof(LogicalName), out var name) ? name.GetString() ?? "" : "",
        key.TryGetProperty("KeyAttributes", out var columns) ? [.. columns.EnumerateArray().Select(c => c.GetString() ?? "")] : [],
        key.TryGetProperty("EntityKeyIndexStatus", out var status) && status.ValueKind == JsonValueKind.String ? status.GetString() : null);
}
