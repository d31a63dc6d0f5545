using System.Text.Json;

namespace Keepage.Core.Generation;

// The CRM seed as Dataverse Web API POST bodies per table: systemusers, accounts, contacts, appointments and
// phonecalls. Lookups use @odata.bind; an activity's regarding uses the regardingobjectid_{table}_{activity}
// navigation property, as the Web API requires for polymorphic lookups (docs/crm-wire-spec.md, A7).
internal static class DataverseSeedWriter
{
    public static void Write(DemoCrm crm, TextWriter target) => JsonOutput.Write(target, json =>
    {
        json.WriteStartObject();
        Table(json, "systemusers", crm.Liaisons, SystemUser);
        Table(json, "accounts", crm.Accounts, Account);
        Table(json, "contacts", crm.Contacts, Contact);
        Table(json, "appointments", crm.Activities.Where(a => a.Table == DemoOutreach.Appointment), Appointment);
        Table(json, "phonecalls", crm.Activities.Where(a => a.Table == DemoOutreach.PhoneCall), PhoneCall);
        json.WriteEndObject();
    });

    private static void Table<T>(Utf8JsonWriter json, string name, IEnumerable<T> rows, Action<Utf8JsonWriter, T> write)
    {
        json.WriteStartArray(name);
        foreach (var row in rows)
        {
            json.WriteStartObject();
            write(json, row);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void SystemUser(Utf8JsonWriter json, DemoLiaison liaison)
    {
        json.WriteString("systemuserid", liaison.Id);
        json.WriteString("fullname", liaison.FullName);
        json.WriteString("firstname", liaison.FirstName);
        json.WriteString("lastname", liaison.LastName);
    }

    private static void Account(Utf8JsonWriter json, DemoAccount account)
    {
        json.WriteString("accountid", account.Id);
        json.WriteString("name", account.Practice.Name);
        json.WriteString("accountnumber", account.Practice.PracticeId);
        Owner(json, account.OwnerId);
    }

    private static void Contact(Utf8JsonWriter json, DemoContact contact)
    {
        json.WriteString("contactid", contact.Id);
        json.WriteString("firstname", contact.Provider.FirstName);
        json.WriteString("lastname", contact.Provider.LastName);
        json.WriteString("fullname", $"{contact.Provider.FirstName} {contact.Provider.LastName}");
        json.WriteString("kpg_npi", contact.Provider.Npi);
        json.WriteString("parentcustomerid_account@odata.bind", $"/accounts({contact.AccountId})");
        Owner(json, contact.OwnerId);
    }

    private static void Appointment(Utf8JsonWriter json, DemoActivity activity)
    {
        Activity(json, activity);
        json.WriteString("scheduledend", JsonOutput.Utc(activity.End));
        json.WriteString("actualend", JsonOutput.Utc(activity.End));
        Regarding(json, activity);
    }

    private static void PhoneCall(Utf8JsonWriter json, DemoActivity activity)
    {
        Activity(json, activity);
        json.WriteString("actualend", JsonOutput.Utc(activity.End));
        Regarding(json, activity);
    }

    private static void Activity(Utf8JsonWriter json, DemoActivity activity)
    {
        json.WriteString("activityid", activity.Id);
        json.WriteString("subject", activity.Subject);
        json.WriteString("scheduledstart", JsonOutput.Utc(activity.Start));
    }

    private static void Regarding(Utf8JsonWriter json, DemoActivity activity)
    {
        var target = activity.RegardingTable == DemoOutreach.Contact ? "contacts" : "accounts";
        json.WriteString($"regardingobjectid_{activity.RegardingTable}_{activity.Table}@odata.bind", $"/{target}({activity.RegardingId})");
        Owner(json, activity.OwnerId);
    }

    private static void Owner(Utf8JsonWriter json, Guid ownerId) => json.WriteString("ownerid@odata.bind", $"/systemusers({ownerId})");
}
