using System.Text.Json.Nodes;

namespace Keepage.Emulators.Salesforce.Storage;

/// <summary>One record: its 18-character id, object, field values (wire JSON) and the soft-delete flag.</summary>
internal sealed class StoredRecord(string id, ObjectDefinition definition, long sequence)
{
    public string Id { get; } = id;

    public ObjectDefinition Definition { get; } = definition;

    /// <summary>Creation order, the order unsorted queries return records in.</summary>
    public long Sequence { get; } = sequence;

    public Dictionary<string, JsonNode?> Values { get; private init; } = new(StringComparer.OrdinalIgnoreCase);

    public bool IsDeleted { get; set; }

    public JsonNode? Get(string field) =>
        string.Equals(field, "Id", StringComparison.OrdinalIgnoreCase) ? JsonValue.Create(Id) : Values.GetValueOrDefault(field);

    public string? Text(string field) => Get(field) is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public void Set(string field, JsonNode? value) => Values[field] = value?.DeepClone();

    public StoredRecord Clone() => new(Id, Definition, Sequence)
    {
        Values = Values.ToDictionary(v => v.Key, v => v.Value?.DeepClone(), StringComparer.OrdinalIgnoreCase),
        IsDeleted = IsDeleted,
    };
}
