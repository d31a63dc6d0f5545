using System.Text.Json.Nodes;

namespace Keepage.Emulators.Dataverse.Storage;

/// <summary>
/// The emulator's tables in memory, with an alternate-key index per table. Not thread-safe by itself: the
/// dispatcher serialises every request, which also makes a $batch change set atomic (snapshot, then restore on
/// failure). A caller that changes a stored row's columns in place calls <see cref="Put"/> again to re-index it.
/// </summary>
internal sealed class EntityStore
{
    private readonly Dictionary<string, KeyIndex> _keys;
    private Dictionary<string, Dictionary<Guid, StoredRow>> _tables;
    private long _sequence;
    private long _version = 1_000_000;

    public EntityStore(TableCatalog catalog)
    {
        Catalog = catalog;
        _tables = catalog.Tables.ToDictionary(t => t.LogicalName, _ => new Dictionary<Guid, StoredRow>(), StringComparer.Ordinal);
        _keys = catalog.Tables.Where(t => t.HasAlternateKey)
            .ToDictionary(t => t.LogicalName, t => new KeyIndex(t.AlternateKeyColumns), StringComparer.Ordinal);
    }

    public TableCatalog Catalog { get; }

    /// <summary>Rows in insertion order, the order Dataverse pages in without $orderby.</summary>
    public IEnumerable<StoredRow> Rows(TableDefinition table) => _tables[table.LogicalName].Values.OrderBy(r => r.Sequence);

    public int Count(TableDefinition table) => _tables[table.LogicalName].Count;

    public StoredRow? Find(TableDefinition table, Guid id) => _tables[table.LogicalName].GetValueOrDefault(id);

    public StoredRow? FindByKey(TableDefinition table, IReadOnlyDictionary<string, JsonNode?> key)
    {
        if (_keys.TryGetValue(table.LogicalName, out var index) && index.Covers(key))
            return index.Find(key) is { } id ? Find(table, id) : null;
        return _tables[table.LogicalName].Values.FirstOrDefault(row => key.All(part => KeyValues.Equal(row.Get(part.Key), part.Value)));
    }

    public StoredRow NewRow(Guid id) => new(id, ++_sequence);

    public long NextVersion() => ++_version;

    public void Put(TableDefinition table, StoredRow row)
    {
        _tables[table.LogicalName][row.Id] = row;
        _version = Math.Max(_version, row.Version);
        if (_keys.TryGetValue(table.LogicalName, out var index))
            index.Put(row);
    }

    public bool Remove(TableDefinition table, Guid id)
    {
        if (_keys.TryGetValue(table.LogicalName, out var index))
            index.Remove(id);
        return _tables[table.LogicalName].Remove(id);
    }

    public Dictionary<string, Dictionary<Guid, StoredRow>> Snapshot() =>
        _tables.ToDictionary(t => t.Key, t => t.Value.ToDictionary(r => r.Key, r => r.Value.Clone()), StringComparer.Ordinal);

    public void Restore(Dictionary<string, Dictionary<Guid, StoredRow>> snapshot)
    {
        _tables = snapshot;
        foreach (var (logicalName, index) in _keys)
        {
            index.Clear();
            foreach (var row in _tables[logicalName].Values)
                index.Put(row);
        }
    }
}
