namespace Keepage.Emulators.Salesforce.Storage;

/// <summary>
/// The org's records in memory, with an index per External ID field so upserts stay O(1). Not thread-safe: the
/// router serialises requests. An undo log makes an allOrNone collection call atomic.
/// </summary>
internal sealed class RecordStore(ObjectCatalog catalog)
{
    private readonly Dictionary<string, StoredRecord> _byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Dictionary<string, StoredRecord>> _byObject = new(StringComparer.OrdinalIgnoreCase);
    private readonly ExternalIdIndex _index = new();
    private readonly Stack<Dictionary<string, StoredRecord?>> _undo = new();
    private long _sequence;

    public ObjectCatalog Catalog { get; } = catalog;

    public IEnumerable<StoredRecord> Records(ObjectDefinition definition, bool includeDeleted = false) =>
        _byObject.TryGetValue(definition.Name, out var records)
            ? records.Values.Where(r => includeDeleted || !r.IsDeleted).OrderBy(r => r.Sequence)
            : [];

    public StoredRecord? Find(string id) => RecordId.Normalize(id) is { } full ? _byId.GetValueOrDefault(full) : null;

    public IReadOnlyList<StoredRecord> FindByExternalId(ObjectDefinition definition, string field, string value) =>
        [.. _index.Find(definition.Name, field, value).Select(id => _byId[id]).Where(r => !r.IsDeleted).OrderBy(r => r.Sequence)];

    public StoredRecord NewRecord(ObjectDefinition definition, string? id = null)
    {
        var sequence = ++_sequence;
        var full = RecordId.Normalize(id) ?? RecordId.Create(definition.KeyPrefix, sequence);
        return new StoredRecord(full, definition, sequence);
    }

    /// <summary>Puts a new or changed record (always a fresh instance or clone) in place of the stored one.</summary>
    public void Save(StoredRecord record)
    {
        var previous = _byId.GetValueOrDefault(record.Id);
        if (_undo.TryPeek(out var undo))
            undo.TryAdd(record.Id, previous);
        Put(previous, record);
    }

    /// <summary>Starts remembering prior states; undo scopes nest (an allOrNone collection inside an allOrNone composite).</summary>
    public void BeginUndo() => _undo.Push(new(StringComparer.OrdinalIgnoreCase));

    public void EndUndo(bool rollback)
    {
        var undo = _undo.Pop();
        if (!rollback)
        {
            if (_undo.TryPeek(out var outer))
            {
                foreach (var (id, previous) in undo)
                    outer.TryAdd(id, previous);
            }
            return;
        }
        foreach (var (id, previous) in undo)
        {
            var current = _byId[id];
            if (previous is null)
            {
                _index.Remove(current);
                _byId.Remove(id);
                _byObject[current.Definition.Name].Remove(id);
            }
            else
            {
                Put(current, previous);
            }
        }
    }

    private void Put(StoredRecord? previous, StoredRecord record)
    {
        if (previous is not null)
            _index.Remove(previous);
        _byId[record.Id] = record;
        if (!_byObject.TryGetValue(record.Definition.Name, out var records))
            _byObject[record.Definition.Name] = records = new(StringComparer.OrdinalIgnoreCase);
        records[record.Id] = record;
        _index.Add(record);
        _sequence = Math.Max(_sequence, record.Sequence);
    }
}
