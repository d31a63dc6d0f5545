namespace Keepage.Emulators.Salesforce.Storage;

/// <summary>Short constructors for the field definitions the object catalog is written with.</summary>
internal static class FieldKinds
{
    public static FieldDefinition Text(string name, int length = 255, bool required = false) =>
        new(name, "string", Label(name)) { Length = length, Nillable = !required };

    public static FieldDefinition LongText(string name) => new(name, "textarea", Label(name)) { Length = 32000 };

    public static FieldDefinition ExternalId(string name, int length = 255, bool unique = true) =>
        new(name, "string", Label(name)) { Length = length, ExternalId = true, IdLookup = true, Unique = unique };

    public static FieldDefinition Number(string name, int precision = 18, int scale = 2) =>
        new(name, "double", Label(name)) { Precision = precision, Scale = scale };

    public static FieldDefinition Integer(string name) => new(name, "int", Label(name)) { Precision = 9 };

    public static FieldDefinition Date(string name) => new(name, "date", Label(name));

    public static FieldDefinition DateTime(string name) => new(name, "datetime", Label(name));

    public static FieldDefinition Flag(string name, bool updateable = true) =>
        new(name, "boolean", Label(name)) { Nillable = false, DefaultedOnCreate = true, Createable = updateable, Updateable = updateable };

    public static FieldDefinition Picklist(string name, string? defaultValue, params string[] values) =>
        new(name, "picklist", Label(name)) { Length = 255, PicklistValues = values, DefaultValue = defaultValue, Nillable = defaultValue is null, DefaultedOnCreate = defaultValue is not null };

    public static FieldDefinition Reference(string name, string relationship, params string[] targets) =>
        new(name, "reference", Label(name)) { Length = 18, ReferenceTo = targets, RelationshipName = relationship };

    public static FieldDefinition ReadOnly(FieldDefinition field) => field with { Createable = false, Updateable = false };

    private static string Label(string name) => name.Replace("__c", "", StringComparison.Ordinal).Replace('_', ' ');
}
