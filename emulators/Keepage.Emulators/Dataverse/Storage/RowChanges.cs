using System.Text.Json.Nodes;
using Keepage.Emulators.Dataverse.Http;

namespace Keepage.Emulators.Dataverse.Storage;

/// <summary>
/// A create or update body split into plain columns and lookups set through <c>&lt;nav&gt;@odata.bind</c>
/// (wire spec A7). A null lookup clears it.
/// </summary>
internal sealed record RowChanges(IReadOnlyDictionary<string, JsonNode?> Columns, IReadOnlyDictionary<string, LookupValue?> Lookups)
{
    private const string BindSuffix = "@odata.bind";

    public static RowChanges Parse(TableDefinition table, JsonObject body, BindResolver binds)
    {
        var columns = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        var lookups = new Dictionary<string, LookupValue?>(StringComparer.Ordinal);
        foreach (var (name, value) in body)
        {
            if (name.EndsWith(BindSuffix, StringComparison.Ordinal))
            {
                var navigation = name[..^BindSuffix.Length];
                if (value is null)
                {
                    lookups[binds.LookupNameOfCleared(table, navigation)] = null;
                    continue;
                }
                var (lookup, target) = binds.Resolve(table, navigation, BindValue(value, navigation));
                lookups[lookup] = target;
            }
            else if (!name.Contains('@', StringComparison.Ordinal))
            {
                columns[name] = ColumnOf(table, name, value);
            }
        }
        return new(columns, lookups);
    }

    private static string BindValue(JsonNode value, string navigation) => value is JsonArray
        ? throw ApiFault.NotImplemented($"collection-valued binds ('{navigation}')")
        : ColumnValue.AsString(value) ?? throw ApiFault.InvalidArgument($"The value of '{navigation}@odata.bind' must be an entity URL.");

    private static JsonNode? ColumnOf(TableDefinition table, string name, JsonNode? value)
    {
        if (value is JsonObject or JsonArray)
            throw ApiFault.NotImplemented($"deep insert ('{name}')");
        if (name.StartsWith('_') && name.EndsWith("_value", StringComparison.Ordinal))
            throw ApiFault.Syntax($"Invalid property '{name}' was found in entity 'Microsoft.Dynamics.CRM.{table.LogicalName}'.");
        if (table.MaxLengths.TryGetValue(name, out var max) && ColumnValue.AsString(value) is { } text && text.Length > max)
            throw ApiFault.TooLong(name, table.LogicalName, max);
        return value?.DeepClone();
    }
}
