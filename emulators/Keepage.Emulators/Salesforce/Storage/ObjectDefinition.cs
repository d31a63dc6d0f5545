namespace Keepage.Emulators.Salesforce.Storage;

/// <summary>One sObject type: its name, 3-character key prefix and fields (system fields included).</summary>
internal sealed class ObjectDefinition
{
    private readonly Dictionary<string, FieldDefinition> _fields;
    private readonly Dictionary<string, FieldDefinition> _relationships;

    public ObjectDefinition(string name, string label, string keyPrefix, IEnumerable<FieldDefinition> fields)
    {
        Name = name;
        Label = label;
        KeyPrefix = keyPrefix;
        Fields = [.. fields];
        _fields = Fields.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);
        _relationships = Fields.Where(f => f.RelationshipName is not null)
            .ToDictionary(f => f.RelationshipName!, StringComparer.OrdinalIgnoreCase);
    }

    public string Name { get; }

    public string Label { get; }

    public string KeyPrefix { get; }

    public bool Custom => Name.EndsWith("__c", StringComparison.OrdinalIgnoreCase);

    public IReadOnlyList<FieldDefinition> Fields { get; }

    public FieldDefinition? Field(string name) => _fields.GetValueOrDefault(name);

    /// <summary>The reference field behind a relationship name, e.g. <c>Account</c> → <c>AccountId</c>, <c>Who</c> → <c>WhoId</c>.</summary>
    public FieldDefinition? Relationship(string relationshipName) => _relationships.GetValueOrDefault(relationshipName);
}
