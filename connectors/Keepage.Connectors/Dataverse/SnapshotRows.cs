using System.Globalization;
using System.Text.Json;
using Keepage.Core.Crm;

namespace Keepage.Connectors.Dataverse;

/// <summary>Maps Web API rows (contact, account, outreach activities) to Keepage's CRM records.</summary>
internal sealed class SnapshotRows(string target, DataverseSchemaOptions schema)
{
    private const string LogicalName = "@Microsoft.Dynamics.CRM.lookuplogicalname";

    public string ContactSelect => $"contactid,fullname,{schema.ContactNpiColumn},_parentcustomerid_value,_ownerid_value,modifiedon";

    public string AccountSelect => $"accountid,name,{schema.AccountPracticeIdColumn},_ownerid_value,modifiedon";

    public const string ActivitySelect = "activityid,subject,scheduledstart,actualend,_regardingobjectid_value,_ownerid_value,modifiedon";

    public Provider Provider(JsonElement row) => new(
        target,
        Text(row, "contactid")!,
        Text(row, schema.ContactNpiColumn),
        Text(row, "fullname") ?? "",
        // parentcustomerid may point at a contact too; only an account is a practice.
        Text(row, "_parentcustomerid_value" + LogicalName) is null or "account" ? Text(row, "_parentcustomerid_value") : null,
        Text(row, "_ownerid_value"),
        Instant(row, "modifiedon"));

    public Practice Practice(JsonElement row) => new(
        target,
        Text(row, "accountid")!,
        Text(row, schema.AccountPracticeIdColumn),
        Text(row, "name") ?? "",
        Text(row, "_ownerid_value"),
        Instant(row, "modifiedon"));

    public OutreachActivity Activity(JsonElement row, string kind) => new(
        target,
        Text(row, "activityid")!,
        kind,
        Text(row, "subject"),
        Instant(row, "actualend") ?? Instant(row, "scheduledstart"),
        Text(row, "_regardingobjectid_value"),
        Text(row, "_regardingobjectid_value" + LogicalName),
        Text(row, "_ownerid_value"),
        Instant(row, "modifiedon"));

    private static string? Text(JsonElement row, string column) =>
        row.TryGetProperty(column, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    private static DateTimeOffset? Instant(JsonElement row, string column) =>
        Text(row, column) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : null;
}
