using System.Text.Json.Nodes;
using Keepage.Emulators.Salesforce.Soql;
using Keepage.Emulators.Salesforce.Storage;

namespace Keepage.Emulators.Salesforce.Rest;

/// <summary>
/// Writes records as the REST API does: an <c>attributes</c> object (type, url) first, then the fields; a parent
/// relationship is a nested record, or <c>null</c> when the lookup is empty (wire spec B2, B3).
/// </summary>
internal sealed class RecordRenderer(RecordStore store, string apiRoot)
{
    public JsonObject Render(StoredRecord record, IEnumerable<BoundPath> fields)
    {
        var json = Attributes(record);
        foreach (var group in fields.GroupBy(f => f.Relationships.Count > 0 ? f.Relationships[0] : "", StringComparer.OrdinalIgnoreCase))
        {
            if (group.Key.Length == 0)
            {
                foreach (var field in group)
                    json[field.Leaf.Name] = record.Get(field.Leaf.Name)?.DeepClone();
                continue;
            }
            var reference = record.Definition.Relationship(group.Key)!;
            var parent = record.Text(reference.Name) is { } id ? store.Find(id) : null;
            json[reference.RelationshipName!] = parent is null
                ? null
                : Render(parent, group.Select(f => f with { Relationships = [.. f.Relationships.Skip(1)] }));
        }
        return json;
    }

    /// <summary>Every field of the record, for a retrieve without <c>?fields=</c>.</summary>
    public JsonObject RenderAll(StoredRecord record, IEnumerable<string>? only = null)
    {
        var json = Attributes(record);
        var wanted = only?.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var field in record.Definition.Fields.Where(f => wanted is null || wanted.Contains(f.Name)))
            json[field.Name] = record.Get(field.Name)?.DeepClone();
        return json;
    }

    public string Url(StoredRecord record) => $"{apiRoot}/sobjects/{record.Definition.Name}/{record.Id}";

    private JsonObject Attributes(StoredRecord record) => new()
    {
        ["attributes"] = new JsonObject { ["type"] = record.Definition.Name, ["url"] = Url(record) },
    };
}
