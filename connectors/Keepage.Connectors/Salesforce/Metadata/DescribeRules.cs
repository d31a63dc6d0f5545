using Keepage.Connectors.Salesforce.Writes;
using Keepage.Core.Crm;
using Keepage.Core.Text;

namespace Keepage.Connectors.Salesforce.Metadata;

/// <summary>
/// Compares Keepage's Salesforce mapping with describe: the objects it reads (Contact, Account, Task, Event) and
/// writes (the KPI object, the alert object), their fields, and that each upsert key is an External ID. Names
/// compare case-insensitively, as Salesforce's API names do. One finding per problem, with the nearest name.
/// </summary>
internal sealed class DescribeRules(string target, IReadOnlySet<string> objects, IReadOnlyDictionary<string, SObjectDescribe> described)
{
    // What an alert Task carries besides the mapped fields (see Writes/AlertTasks).
    private static readonly string[] AlertTaskFields = ["WhoId", "WhatId", "Status", "ActivityDate"];

    private readonly List<CrmSchemaFinding> _findings = [];

    public static IEnumerable<string> Objects(SalesforceSchemaOptions schema) =>
        ["Contact", "Account", "Task", "Event", schema.KpiObject, schema.AlertObject,
            .. schema.NpiSource == ProviderNpiSource.HealthcareProviderNpi ? ["HealthcareProviderNpi"] : Array.Empty<string>()];

    public IReadOnlyList<CrmSchemaFinding> Check(SalesforceSchemaOptions schema)
    {
        if (schema.NpiSource == ProviderNpiSource.ContactField)
            Fields("Contact", [schema.ContactNpiField], writable: false);
        else
            Fields("HealthcareProviderNpi", ["PractitionerId", "Npi"], writable: false);
        Fields("Account", [schema.AccountPracticeIdField], writable: false);
        Fields("Task", [], writable: false);
        Fields("Event", [], writable: false);
        if (Fields(schema.KpiObject, schema.KpiFields.Values, writable: true) is { } kpi)
            ExternalId(kpi, schema.KpiExternalIdField);
        if (Fields(schema.AlertObject, [.. schema.AlertFields.Values, .. AlertTaskFields], writable: true) is { } alert)
            ExternalId(alert, schema.AlertExternalIdField);
        return _findings.DistinctBy(f => (f.Table, f.Field, f.Problem)).ToList();
    }

    private SObjectDescribe? Fields(string sObject, IEnumerable<string> fields, bool writable)
    {
        if (!objects.Contains(sObject) || !described.TryGetValue(sObject, out var describe))
        {
            Add(sObject, null, $"object '{sObject}' does not exist or is not visible to the integration user", NearestName.Suggest(sObject, objects));
            return null;
        }
        foreach (var name in fields.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (!describe.Fields.TryGetValue(name, out var field))
                Add(sObject, name, $"field '{name}' does not exist on {sObject}", NearestName.Suggest(name, describe.Fields.Keys));
            else if (writable && !field.Createable && !field.Updateable)
                Add(sObject, name, $"field '{name}' on {sObject} cannot be written by the integration user");
        }
        return describe;
    }

    // Upserts address rows by this field, so it must be an External ID (idLookup fields such as Id also address rows).
    private void ExternalId(SObjectDescribe describe, string name)
    {
        if (!describe.Fields.TryGetValue(name, out var field))
            Add(describe.Name, name, $"field '{name}' does not exist on {describe.Name}", NearestName.Suggest(name, describe.Fields.Keys));
        else if (!field.ExternalId && !field.IdLookup)
            Add(describe.Name, name, $"field '{name}' on {describe.Name} is not an External ID, so upserts cannot use it",
                NearestName.Suggest(name, describe.Fields.Values.Where(f => f.ExternalId).Select(f => f.Name)));
    }

    private void Add(string table, string? field, string problem, string? suggestion = null) =>
        _findings.Add(new CrmSchemaFinding(target, table, field, problem, suggestion));
}
