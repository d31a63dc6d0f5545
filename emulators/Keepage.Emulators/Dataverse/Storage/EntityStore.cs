using System.Text.Json.Nodes;

namespace Keepage.Emulators.Dataverse.Storage;

/// <summary>
/// The emulator's tables in memory, with an alternate-key index per table. Not thread-safe by itself: the
/// dispatcher serialises every request, which also makes a $batch change set atomic (snapshot, then restore on
/// failure). A caller that changes a stored row's columns in place calls <see cref="Put"/> again to re-index it.
/// Deleted rows leave a <see cref="Tombstone"/> so change tracking can report them (wire spec A9).
/// </summary>
internal sealed class EntityStore
{
    private readonly Dictionary<string, KeyIndex> _keys;
    private readonly List<Tombstone> _tombstones = [];
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

    /// <summary>The last version handed out: a change-tracking token covers every change up to it.</summary>
    public long CurrentVersion => _version;

    public IReadOnlyList<Tombstone> Tombstones => _tombstones;

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
        if (!_tables[table.LogicalName].Remove(id))
            return false;
        _tombstones.Add(new Tombstone(table.LogicalName, id, NextVersion()));
        return true;
    }

    /// <summary>Keeps a deletion read back from the state file, so delta links issued before a restart still report it.</summary>
    public void AddTombstone(Tombstone tombstone)
    {
        _tombstones.Add(tombstone);
        _version = Math.Max(_version, tombstone.Version);
    }

    public StoreSnapshot Snapshot() => new(
        _tables.ToDictionary(t => t.Key, t => t.Value.ToDictionary(r => r.Key, r => r.Value.Clone()), StringComparer.Ordinal),
        _tombstones.Count);

    public void Restore(StoreSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        _tables = snapshot.Tables;
        _tombstones.RemoveRange(snapshot.TombstoneCount, _tombstones.Count - snapshot.TombstoneCount);
        foreach (var (logicalName, index) in _keys)
        {
            index.Clear();
            foreach (var row in _tables[logicalName].Values)
                index.Put(row);
        }
    }
}
