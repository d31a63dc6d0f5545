using static Keepage.Emulators.Salesforce.Storage.FieldKinds;

namespace Keepage.Emulators.Salesforce.Storage;

/// <summary>User, Account and Contact with the fields Keepage and common clients use (Object Reference).</summary>
internal static class StandardObjects
{
    public static ObjectDefinition User() => new("User", "User", "005",
    [
        .. SystemFields.For("User", ownable: false),
        Text("Username", 80, required: true), Text("Email", 128), Text("FirstName", 40), Text("LastName", 80, required: true),
        ReadOnly(Text("Name", 121)) with { NameField = true }, Flag("IsActive"),
    ]);

    public static ObjectDefinition Account() => new("Account", "Account", "001",
    [
        .. SystemFields.For("Account"),
        Text("Name", 255, required: true) with { NameField = true }, Text("AccountNumber", 40), Text("Phone", 40), Text("Website", 255),
        Text("BillingCity", 40), Text("BillingState", 80), Text("BillingPostalCode", 20), Text("Type", 255), Text("Industry", 255),
        LongText("Description"), Integer("NumberOfEmployees"), Reference("ParentId", "Parent", "Account"),
        ExternalId("Practice_Id__c", 100, unique: false),
    ]);

    public static ObjectDefinition Contact() => new("Contact", "Contact", "003",
    [
        .. SystemFields.For("Contact"),
        Text("FirstName", 40), Text("LastName", 80, required: true), Text("Salutation", 40),
        ReadOnly(Text("Name", 121)) with { NameField = true }, Text("Title", 128), Text("Email", 80), Text("Phone", 40),
        Reference("AccountId", "Account", "Account"), LongText("Description"),
        ExternalId("NPI__c", 10, unique: false),
    ]);

    /// <summary>Health Cloud's NPI object (wire spec B13): the practitioner's NPI, joined to the Contact by PractitionerId.</summary>
    public static ObjectDefinition HealthcareProviderNpi() => new("HealthcareProviderNpi", "Healthcare Provider NPI", "0cm",
    [
        .. SystemFields.For("HealthcareProviderNpi"),
        Text("Name", 255, required: true) with { NameField = true }, Text("Npi", 10) with { IdLookup = true },
        Picklist("NpiType", null, "Individual", "Organization"), Reference("PractitionerId", "Practitioner", "Contact"),
        Reference("AccountId", "Account", "Account"), Flag("IsActive"), Date("EffectiveFrom"), Date("EffectiveTo"),
    ]);
}
