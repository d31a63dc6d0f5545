using System.Text.Json.Nodes;
using Keepage.Emulators.Salesforce.Storage;

namespace Keepage.Emulators.Salesforce.Soql;

/// <summary>A field path checked against the catalog: relationship names and the leaf field, in their canonical spelling.</summary>
internal sealed record BoundPath(FieldPath Path, IReadOnlyList<string> Relationships, FieldDefinition Leaf)
{
    public string Text => string.Join('.', [.. Relationships, Leaf.Name]);

    public static BoundPath Bind(ObjectCatalog catalog, ObjectDefinition root, FieldPath path, string soql)
    {
        var definition = root;
        var relationships = new List<string>();
        foreach (var part in path.Parts.SkipLast(1))
        {
            var reference = definition.Relationship(part) ?? throw SoqlError.NoSuchColumn(soql, path.Column, path.Text, root.Name);
            relationships.Add(reference.RelationshipName!);
            definition = catalog.Find(reference.ReferenceTo[0]) ?? throw SoqlError.NoSuchColumn(soql, path.Column, path.Text, root.Name);
        }
        var leaf = definition.Field(path.Parts[^1]) ?? throw SoqlError.NoSuchColumn(soql, path.Column, path.Parts.Count == 1 ? path.Text : path.Text, root.Name);
        return new BoundPath(path, relationships, leaf);
    }

    /// <summary>The value on <paramref name="record"/>, following each lookup to its parent (null when one is empty).</summary>
    public JsonNode? Resolve(RecordStore store, StoredRecord record)
    {
        var current = record;
        foreach (var relationship in Relationships)
        {
            var reference = current.Definition.Relationship(relationship)!;
            if (current.Text(reference.Name) is not { } parentId || store.Find(parentId) is not { } parent)
                return null;
            current = parent;
        }
        return current.Definition.Field(Leaf.Name) is null ? null : current.Get(Leaf.Name);
    }
}
