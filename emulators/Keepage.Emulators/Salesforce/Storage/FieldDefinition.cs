namespace Keepage.Emulators.Salesforce.Storage;

/// <summary>One sObject field as describe reports it (wire spec B11); the emulator validates writes against it.</summary>
internal sealed record FieldDefinition(string Name, string Type, string Label)
{
    public int Length { get; init; }

    public bool Nillable { get; init; } = true;

    public bool Createable { get; init; } = true;

    public bool Updateable { get; init; } = true;

    public bool DefaultedOnCreate { get; init; }

    public bool ExternalId { get; init; }

    public bool IdLookup { get; init; }

    public bool Unique { get; init; }

    public bool NameField { get; init; }

    public bool Custom => Name.EndsWith("__c", StringComparison.OrdinalIgnoreCase);

    public IReadOnlyList<string> ReferenceTo { get; init; } = [];

    public string? RelationshipName { get; init; }

    public IReadOnlyList<string> PicklistValues { get; init; } = [];

    public string? DefaultValue { get; init; }

    public int Precision { get; init; }

    public int Scale { get; init; }

    /// <summary>A create without this field fails with REQUIRED_FIELD_MISSING.</summary>
    public bool Required => !Nillable && Createable && !DefaultedOnCreate && Type != "boolean";

    public bool IsReference => Type is "reference" or "id";

    public bool IsText => Type is "string" or "textarea" or "picklist" or "email" or "phone" or "url" or "id" or "reference";

    public string SoapType => Type switch
    {
        "id" or "reference" => "tns:ID",
        "boolean" => "xsd:boolean",
        "date" => "xsd:date",
        "datetime" => "xsd:dateTime",
        "double" or "currency" or "percent" => "xsd:double",
        "int" => "xsd:int",
        _ => "xsd:string",
    };
}
