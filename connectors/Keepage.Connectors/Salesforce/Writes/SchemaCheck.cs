using Keepage.Core.Crm;

namespace Keepage.Connectors.Salesforce.Writes;

/// <summary>
/// Checks with describe, once per process, that the mapped objects and fields exist and can be written, and that
/// the keys are External ID fields. A mismatch is a configuration error: it names the fields and stops the publish.
/// </summary>
internal sealed class SchemaCheck
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<CrmRecordKind, bool> _checked = new();

    public async Task EnsureAsync(ISalesforceApi api, SalesforceSchemaOptions schema, IReadOnlyCollection<CrmRecordKind> kinds, CancellationToken cancellationToken)
    {
        var pending = kinds.Where(k => !_checked.ContainsKey(k)).ToList();
        if (pending.Count == 0)
            return;
        var problems = new List<string>();
        if (pending.Contains(CrmRecordKind.Kpi))
            problems.AddRange(await CheckAsync(api, schema.KpiObject, schema.KpiExternalIdField, schema.KpiFields.Values, cancellationToken));
        if (pending.Contains(CrmRecordKind.Alert))
            problems.AddRange(await CheckAsync(api, schema.AlertObject, schema.AlertExternalIdField,
                [.. schema.AlertFields.Values, "WhoId", "WhatId", "Status", "ActivityDate"], cancellationToken));
        if (problems.Count > 0)
            throw new SalesforceException($"The Salesforce schema does not match Keepage's mapping: {string.Join("; ", problems)}.");
        foreach (var kind in pending)
            _checked[kind] = true;
    }

    private static async Task<List<string>> CheckAsync(ISalesforceApi api, string sObject, string externalId, IEnumerable<string> fields, CancellationToken cancellationToken)
    {
        using var response = await api.DescribeAsync(sObject, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var error = SalesforceError.First(body);
            // Limits and outages say nothing about the schema: the caller reschedules the records instead.
            if ((int)response.StatusCode is 403 or >= 500)
                throw new SalesforceException(response.StatusCode, error?.Code ?? "SERVER_UNAVAILABLE", $"Salesforce refused describe: {(int)response.StatusCode} {error?.Code}");
            return [$"object {sObject} cannot be described ({(int)response.StatusCode} {error?.Code})"];
        }
        var describe = SObjectDescribe.Parse(body);
        var problems = new List<string>();
        if (!describe.Fields.TryGetValue(externalId, out var key) || !(key.ExternalId || key.IdLookup))
            problems.Add($"{sObject}.{externalId} is not an External ID field");
        problems.AddRange(fields.Where(f => !describe.Fields.TryGetValue(f, out var field) || !field.Createable && !field.Updateable)
            .Select(f => $"{sObject}.{f} does not exist or cannot be written"));
        return problems;
    }
}
