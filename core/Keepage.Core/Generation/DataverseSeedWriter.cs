using System.Text.Json;

namespace Keepage.Core.Generation;

/// <summary>
/// The CRM seed as Dataverse Web API POST bodies per table: systemusers, accounts, contacts, appointments and
/// phonecalls. Lookups use <c>@odata.bind</c>; an activity's regarding uses the
/// <c>regardingobjectid_{table}_{activity}</c> navigation property (docs/crm-wire-spec.md, A7).
/// </summary>
internal static class DataverseSeedWriter
{
    public static void Write(DemoCrm crm, TextWriter target) => JsonOutput.Write(target, json =>
    {
        json.WriteStartObject();
        Table(json, "systemusers", crm.Liaisons, (j, l) =>
        {
            j.WriteString("systemuserid", l.Id);
            j.WriteString("fullname", l.FullName);
            j.WriteString("firstname", l.FirstName);
            j.WriteString("lastname", l.LastName);
        });
        Table(json, "accounts", crm.Accounts, (j, a) =>
        {
            j.WriteString("accountid", a.Id);
            j.WriteString("name", a.Practice.Name);
            j.WriteString("accountnumber", a.Practice.PracticeId);
            j.WriteString("ownerid@odata.bind", $"/systemusers({a.OwnerId})");
        });
        Table(json, "contacts", crm.Contacts, (j, c) =>
        {
            j.WriteString("contactid", c.Id);
            j.WriteString("firstname", c.Provider.FirstName);
            j.WriteString("lastname", c.Provider.LastName);
            j.WriteString("fullname", $"{c.Provider.FirstName} {c.Provider.LastName}");
            j.WriteString("kpg_npi", c.Provider.Npi);
            j.WriteString("parentcustomerid_account@odata.bind", $"/accounts({c.AccountId})");
            j.WriteString("ownerid@odata.bind", $"/systemusers({c.OwnerId})");
        });
        Table(json, "appointments", crm.Activities.Where(a => a.Table == DemoOutreach.Appointment), (j, a) =>
        {
            Activity(j, a);
            j.WriteString("scheduledend", JsonOutput.Utc(a.End));
            j.WriteString("actualend", JsonOutput.Utc(a.End));
            Regarding(j, a);
        });
        Table(json, "phonecalls", crm.Activities.Where(a => a.Table == DemoOutreach.PhoneCall), (j, a) =>
        {
            Activity(j, a);
            j.WriteString("actualend", JsonOutput.Utc(a.End));
            Regarding(j, a);
        });
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
        json.WriteString("ownerid@odata.bind", $"/systemusers({activity.OwnerId})");
    }
}
