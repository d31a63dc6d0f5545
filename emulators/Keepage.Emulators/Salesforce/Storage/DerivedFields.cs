using System.Text.Json.Nodes;

namespace Keepage.Emulators.Salesforce.Storage;

/// <summary>
/// Defaults on create (picklist defaults, false booleans, the running user as owner) and fields Salesforce derives:
/// a Contact's Name, a Task's IsClosed, an activity's AccountId (wire spec B12).
/// </summary>
internal static class DerivedFields
{
    public static void ApplyDefaults(StoredRecord record)
    {
        foreach (var field in record.Definition.Fields.Where(f => record.Get(f.Name) is null))
        {
            if (field.DefaultValue is { } value)
                record.Set(field.Name, JsonValue.Create(value));
            else if (field.Type == "boolean")
                record.Set(field.Name, JsonValue.Create(false));
            else if (field.Name == "OwnerId")
                record.Set(field.Name, JsonValue.Create(SystemFields.DefaultUserId));
        }
    }

    public static void Refresh(RecordStore store, StoredRecord record)
    {
        var definition = record.Definition;
        if (definition.Name is "Contact" or "User")
            record.Set("Name", JsonValue.Create(string.Join(' ', new[] { record.Text("FirstName"), record.Text("LastName") }.Where(n => !string.IsNullOrEmpty(n)))));
        if (definition.Name == "Task")
            record.Set("IsClosed", JsonValue.Create(record.Text("Status") == ActivityObjects.CompletedStatus));
        if (definition.Name is "Task" or "Event")
            record.Set("AccountId", JsonValue.Create(ActivityAccount(store, record)));
    }

    // WhatId's account if it is an Account, else the WhoId contact's account, else none.
    private static string? ActivityAccount(RecordStore store, StoredRecord activity)
    {
        if (activity.Text("WhatId") is { } what && RecordId.Prefix(what) == "001")
            return what;
        return activity.Text("WhoId") is { } who && store.Find(who) is { Definition.Name: "Contact" } contact ? contact.Text("AccountId") : null;
    }
}
