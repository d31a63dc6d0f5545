using static Keepage.Emulators.Salesforce.Storage.FieldKinds;

namespace Keepage.Emulators.Salesforce.Storage;

/// <summary>Keepage's custom object, as infra/crm/salesforce deploys it.</summary>
internal static class KeepageObjects
{
    public static ObjectDefinition ReferralKpi() => new("Referral_KPI__c", "Referral KPI", "a0K",
    [
        .. SystemFields.For("Referral_KPI__c"),
        Text("Name", 80) with { NameField = true },
        ExternalId("Keepage_Key__c", 255),
        Text("KPI__c", 100), Text("Grain__c", 50), Text("Subject_Id__c", 100), Text("Subject_Name__c", 200),
        Text("Period_Type__c", 20), Date("Period_Start__c"),
        Number("Value__c", 18, 4), Number("Previous_Value__c", 18, 4), Number("Change_Percent__c", 18, 2),
        Number("Count__c", 9, 0), Number("Coverage__c", 5, 4),
    ]);
}
