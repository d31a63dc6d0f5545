using System.Text.Json.Nodes;

namespace Keepage.Emulators.Dataverse.Storage;

/// <summary>Alternate-key equality: text compares case-insensitively, as under Dataverse's SQL collation.</summary>
internal static class KeyValues
{
    public static bool Equal(JsonNode? stored, JsonNode? wanted)
    {
        if (stored is null || wanted is null)
            return stored is null && wanted is null;
        if (ColumnValue.AsString(stored) is { } left && ColumnValue.AsString(wanted) is { } right)
            return string.Equals(left, right, StringComparison.OrdinalIgnoreCase);
        if (ColumnValue.TryGetDecimal(stored, out var leftNumber) && ColumnValue.TryGetDecimal(wanted, out var rightNumber))
            return leftNumber == rightNumber;
        return JsonNode.DeepEquals(stored, wanted);
    }
}
