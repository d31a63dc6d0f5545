namespace Keepage.Emulators.Salesforce.Storage;

/// <summary>The sObject types the emulated org knows: standard objects, Keepage's, and any configured custom ones.</summary>
internal sealed class ObjectCatalog
{
    private readonly Dictionary<string, ObjectDefinition> _byName;
    private readonly Dictionary<string, ObjectDefinition> _byPrefix;

    public ObjectCatalog(IEnumerable<SalesforceCustomObject> customObjects)
    {
        Objects =
        [
            StandardObjects.User(), StandardObjects.Account(), StandardObjects.Contact(), StandardObjects.HealthcareProviderNpi(),
            ActivityObjects.Task(), ActivityObjects.Event(), KeepageObjects.ReferralKpi(),
            .. customObjects.Select(Custom),
        ];
        _byName = Objects.ToDictionary(o => o.Name, StringComparer.OrdinalIgnoreCase);
        _byPrefix = Objects.ToDictionary(o => o.KeyPrefix, StringComparer.Ordinal);
    }

    public IReadOnlyList<ObjectDefinition> Objects { get; }

    public ObjectDefinition? Find(string name) => _byName.GetValueOrDefault(name);

    public ObjectDefinition? ForId(string id) => _byPrefix.GetValueOrDefault(RecordId.Prefix(id));

    private static ObjectDefinition Custom(SalesforceCustomObject custom) => new(custom.Name, custom.Name.Replace("__c", "", StringComparison.Ordinal), custom.KeyPrefix,
    [
        .. SystemFields.For(custom.Name),
        .. custom.Fields.Any(f => f.Name == "Name") ? [] : new[] { FieldKinds.Text("Name", 80) with { NameField = true } },
        .. custom.Fields.Select(f => new FieldDefinition(f.Name, f.Type, f.Name)
        {
            Length = f.Type is "string" or "picklist" ? 255 : 0,
            Nillable = !f.Required,
            ExternalId = f.ExternalId,
            IdLookup = f.ExternalId,
        }),
    ]);
}
