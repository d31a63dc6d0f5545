namespace Keepage.Connectors.Salesforce.Writes;

/// <summary>One field of a <see cref="SObjectDescribe"/>.</summary>
public sealed record DescribedField(
    string Name,
    string Type,
    bool ExternalId,
    bool IdLookup,
    bool Createable,
    bool Updateable,
    bool Nillable,
    IReadOnlyList<string> ReferenceTo,
    string? RelationshipName,
    IReadOnlyList<string> PicklistValues);
