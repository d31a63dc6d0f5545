using System.Text.Json.Nodes;

namespace Keepage.Emulators.Dataverse.Storage;

/// <summary>
/// The emulator's tables in memory. Not thread-safe by itself: the dispatcher serialises every request,
/// which also makes a $batch change set atomic (snapshot, then restore on failure).
/// </summary>
internal sealed class EntityStore(TableCatalog catalog)
{
    private Dictionary<string, Dictionary<Guid, StoredRow>> _tables = catalog.Tables
        .ToDictionary(t => t.LogicalName, _ => new Dictionary<Guid, StoredRow>(), StringComparer.Ordinal);

    private long _sequence;
    private long _version = 1_000_000;

    public TableCatalog Catalog { get; } = catalog;

    public IEnumerable<StoredRow> Rows(TableDefinition table) => _tables[table.LogicalName].Values.OrderBy(r => r.Sequence);

    public StoredRow? Find(TableDefinition table, Guid id) => _tables[table.LogicalName].GetValueOrDefault(id);

    public StoredRow? FindByKey(TableDefinition table, IReadOnlyDictionary<string, JsonNode?> key) =>
        _tables[table.LogicalName].Values.FirstOrDefault(row => key.All(part => KeyValues.Equal(row.Get(part.Key), part.Value)));

    public StoredRow NewRow(Guid id) => new(id, ++_sequence);

    public long NextVersion() => ++_version;

    public void Put(TableDefinition table, StoredRow row)
    {
        _tables[table.LogicalName][row.Id] = row;
        _version = Math.Max(_version, row.Version);
    }

    public bool Remove(TableDefinition table, Guid id) => _tables[table.LogicalName].Remove(id);

    public Dictionary<string, Dictionary<Guid, StoredRow>> Snapshot() =>
        _tables.ToDictionary(t => t.Key, t => t.Value.ToDictionary(r => r.Key, r => r.Value.Clone()), StringComparer.Ordinal);

    public void Restore(Dictionary<string, Dictionary<Guid, StoredRow>> snapshot) => _tables = snapshot;
}
