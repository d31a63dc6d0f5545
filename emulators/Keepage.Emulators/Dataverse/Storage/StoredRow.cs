using System.Text.Json.Nodes;

namespace Keepage.Emulators.Dataverse.Storage;

/// <summary>
/// One row. Columns hold every value as the Web API returns it (lookups as <c>_x_value</c> guids);
/// <see cref="Lookups"/> keeps what the lookup annotations need, keyed by the lookup's name (<c>ownerid</c>).
/// </summary>
internal sealed class StoredRow(Guid id, long sequence)
{
    public Guid Id { get; } = id;

    /// <summary>Insertion order: the default sort, so paging without $orderby is stable.</summary>
    public long Sequence { get; } = sequence;

    public Dictionary<string, JsonNode?> Columns { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, LookupValue> Lookups { get; } = new(StringComparer.Ordinal);

    public long Version => ColumnValue.TryGetDecimal(Get("versionnumber"), out var version) ? (long)version : 0;

    public string ETag => $"W/\"{Version}\"";

    public JsonNode? Get(string column) => Columns.GetValueOrDefault(column);

    public StoredRow Clone()
    {
        var copy = new StoredRow(Id, Sequence);
        foreach (var (name, value) in Columns)
            copy.Columns[name] = value?.DeepClone();
        foreach (var (name, lookup) in Lookups)
            copy.Lookups[name] = lookup;
        return copy;
    }
}
