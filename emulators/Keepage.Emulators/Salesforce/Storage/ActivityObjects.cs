using static Keepage.Emulators.Salesforce.Storage.FieldKinds;

namespace Keepage.Emulators.Salesforce.Storage;

/// <summary>
/// Task and Event (wire spec B12): WhoId is a Contact or Lead, WhatId a non-person object; AccountId and IsClosed are
/// derived. Custom Activity fields (Keepage_Alert_Key__c) appear on both.
/// </summary>
internal static class ActivityObjects
{
    public const string CompletedStatus = "Completed";

    public static ObjectDefinition Task() => new("Task", "Task", "00T",
    [
        .. SystemFields.For("Task"),
        .. Common(),
        Picklist("Status", "Not Started", "Not Started", "In Progress", CompletedStatus, "Waiting on someone else", "Deferred"),
        Picklist("Priority", "Normal", "High", "Normal", "Low"),
        Date("ActivityDate"), Picklist("TaskSubtype", "Task", "Task", "Email", "ListEmail", "Cadence", "Call", "LinkedIn") with { Updateable = false },
        Picklist("CallType", null, "Internal", "Inbound", "Outbound"), Integer("CallDurationInSeconds"), Text("CallDisposition", 255),
        ReadOnly(Flag("IsClosed", updateable: false)),
    ]);

    public static ObjectDefinition Event() => new("Event", "Event", "00U",
    [
        .. SystemFields.For("Event"),
        .. Common(),
        DateTime("StartDateTime"), DateTime("EndDateTime"), DateTime("ActivityDateTime"), Date("ActivityDate"),
        Integer("DurationInMinutes"), Flag("IsAllDayEvent"), Text("Location", 255),
    ]);

    private static IEnumerable<FieldDefinition> Common() =>
    [
        Text("Subject", 255) with { NameField = true }, LongText("Description"), Picklist("Type", null, "Call", "Email", "Meeting", "Other"),
        Reference("WhoId", "Who", "Contact", "Lead"),
        Reference("WhatId", "What", "Account", "Opportunity", "Case", "Referral_KPI__c"),
        ReadOnly(Reference("AccountId", "Account", "Account")),
        ExternalId("Keepage_Alert_Key__c", 255),
    ];
}
