namespace Keepage.Emulators.Salesforce.Storage;

/// <summary>Record ids by (object, External ID field, value); matching is case-insensitive (wire spec B5).</summary>
internal sealed class ExternalIdIndex
{
    private readonly Dictionary<(string Object, string Field), Dictionary<string, HashSet<string>>> _entries = [];

    public IEnumerable<string> Find(string objectName, string field, string value) =>
        _entries.TryGetValue(Key(objectName, field), out var values) && values.TryGetValue(value, out var ids) ? ids : [];

    public void Add(StoredRecord record)
    {
        foreach (var (field, value) in Values(record))
        {
            if (!_entries.TryGetValue(Key(record.Definition.Name, field), out var values))
                _entries[Key(record.Definition.Name, field)] = values = new(StringComparer.OrdinalIgnoreCase);
            if (!values.TryGetValue(value, out var ids))
                values[value] = ids = new(StringComparer.OrdinalIgnoreCase);
            ids.Add(record.Id);
        }
    }

    public void Remove(StoredRecord record)
    {
        foreach (var (field, value) in Values(record))
        {
            if (_entries.TryGetValue(Key(record.Definition.Name, field), out var values) && values.TryGetValue(value, out var ids))
                ids.Remove(record.Id);
        }
    }

    private static (string, string) Key(string objectName, string field) => (objectName.ToUpperInvariant(), field.ToUpperInvariant());

    private static IEnumerable<(string Field, string Value)> Values(StoredRecord record) =>
        record.Definition.Fields
            .Where(f => f.ExternalId || f.IdLookup && f.Type != "id")
            .Select(f => (f.Name, Value: record.Text(f.Name)))
            .Where(p => !string.IsNullOrEmpty(p.Value))
            .Select(p => (p.Name, p.Value!));
}
