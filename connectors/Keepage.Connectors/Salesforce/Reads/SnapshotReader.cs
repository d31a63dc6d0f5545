using System.Text.Json;
using Keepage.Connectors.Salesforce.Soql;
using Keepage.Core.Crm;

namespace Keepage.Connectors.Salesforce.Reads;

/// <summary>
/// Reads Contacts (providers), Accounts (practices), and Tasks and Events (outreach) into a snapshot. Keepage's own
/// alert Tasks are left out of outreach. With <c>since</c>, only rows whose SystemModstamp is later are read.
/// </summary>
internal sealed class SnapshotReader(QueryPager pager, string target, SalesforceSchemaOptions schema)
{
    public async Task<CrmSnapshot> ReadAsync(DateTimeOffset? since, CancellationToken cancellationToken)
    {
        var npiOnContact = schema.NpiSource == ProviderNpiSource.ContactField;
        var contacts = Changed(SoqlQuery.From("Contact").Select(["Id", "Name", "AccountId", "OwnerId", "SystemModstamp", .. npiOnContact ? [schema.ContactNpiField] : Array.Empty<string>()]), since);
        var npis = npiOnContact ? null : await ProviderNpisAsync(cancellationToken);
        var providers = await pager.ReadAllAsync(contacts, row => Provider(row, npis), cancellationToken);
        var accounts = Changed(SoqlQuery.From("Account").Select("Id", "Name", schema.AccountPracticeIdField, "OwnerId", "SystemModstamp"), since);
        var practices = await pager.ReadAllAsync(accounts, Practice, cancellationToken);
        var tasks = Changed(SoqlQuery.From("Task").Select("Id", "Subject", "ActivityDate", "TaskSubtype", "WhoId", "WhatId", "OwnerId", "SystemModstamp")
            .WhereEquals(schema.AlertExternalIdField, null), since);
        var events = Changed(SoqlQuery.From("Event").Select("Id", "Subject", "ActivityDateTime", "WhoId", "WhatId", "OwnerId", "SystemModstamp"), since);
        var activities = await pager.ReadAllAsync(tasks, row => Activity(row, (RecordValues.Text(row, "TaskSubtype") ?? "Task").ToLowerInvariant(), "ActivityDate"), cancellationToken);
        activities.AddRange(await pager.ReadAllAsync(events, row => Activity(row, "event", "ActivityDateTime"), cancellationToken));
        return new CrmSnapshot(target, providers, practices, activities);
    }

    private static SoqlQuery Changed(SoqlQuery query, DateTimeOffset? since) =>
        since is { } at ? query.WhereGreaterThan("SystemModstamp", at) : query;

    // Health Cloud keeps the NPI on HealthcareProviderNpi, pointing at the practitioner's Contact (wire spec B13).
    private async Task<Dictionary<string, string>> ProviderNpisAsync(CancellationToken cancellationToken)
    {
        var query = SoqlQuery.From("HealthcareProviderNpi").Select("PractitionerId", "Npi").WhereEquals("IsActive", true);
        var rows = await pager.ReadAllAsync(query, row => (Contact: RecordValues.Text(row, "PractitionerId"), Npi: RecordValues.Text(row, "Npi")), cancellationToken);
        return rows.Where(r => r.Contact is not null && r.Npi is not null)
            .GroupBy(r => r.Contact!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Npi!, StringComparer.OrdinalIgnoreCase);
    }

    private Provider Provider(JsonElement row, Dictionary<string, string>? npis)
    {
        var id = RecordValues.Text(row, "Id")!;
        var npi = npis is null ? RecordValues.Text(row, schema.ContactNpiField) : npis.GetValueOrDefault(id);
        return new Provider(target, id, npi, RecordValues.Text(row, "Name") ?? "", RecordValues.Text(row, "AccountId"),
            RecordValues.Text(row, "OwnerId"), RecordValues.Instant(row, "SystemModstamp"));
    }

    private Practice Practice(JsonElement row) => new(target, RecordValues.Text(row, "Id")!, RecordValues.Text(row, schema.AccountPracticeIdField),
        RecordValues.Text(row, "Name") ?? "", RecordValues.Text(row, "OwnerId"), RecordValues.Instant(row, "SystemModstamp"));

    // An activity regards its person (WhoId) when it has one, else its object (WhatId).
    private OutreachActivity Activity(JsonElement row, string kind, string dateField)
    {
        var regarding = RecordValues.Text(row, "WhoId") ?? RecordValues.Text(row, "WhatId");
        return new OutreachActivity(target, RecordValues.Text(row, "Id")!, kind, RecordValues.Text(row, "Subject"), RecordValues.Instant(row, dateField),
            regarding, RecordValues.TableOf(regarding), RecordValues.Text(row, "OwnerId"), RecordValues.Instant(row, "SystemModstamp"));
    }
}
