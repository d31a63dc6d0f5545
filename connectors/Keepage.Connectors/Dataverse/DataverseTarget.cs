using Keepage.Core.Crm;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Keepage.Connectors.Dataverse;

/// <summary>
/// Keepage's Dataverse target: reads contacts, accounts and outreach activities, and upserts KPI and alert
/// records by alternate key through $batch, one result per record.
/// </summary>
public sealed class DataverseTarget(
    IDataverseApi api,
    IOptions<DataverseOptions> options,
    IOptions<DataverseSchemaOptions> schema,
    ILogger<DataverseTarget> logger) : ICrmTarget
{
    public string Name => options.Value.TargetName;

    public async Task<CrmSnapshot> ReadAsync(CancellationToken cancellationToken)
    {
        var rows = new SnapshotRows(Name, schema.Value);
        var pager = new RowPager(api, options.Value.MaxPageSize);
        var providers = await pager.ReadAllAsync("contacts", rows.ContactSelect, rows.Provider, cancellationToken);
        var practices = await pager.ReadAllAsync("accounts", rows.AccountSelect, rows.Practice, cancellationToken);
        var activities = new List<OutreachActivity>();
        foreach (var (entitySet, kind) in schema.Value.OutreachActivitySets)
            activities.AddRange(await pager.ReadAllAsync(entitySet, SnapshotRows.ActivitySelect, row => rows.Activity(row, kind), cancellationToken));
        logger.LogInformation("Read {Providers} contacts, {Practices} accounts and {Activities} activities from {Target}",
            providers.Count, practices.Count, activities.Count, Name);
        return new CrmSnapshot(Name, providers, practices, activities);
    }

    public async Task<IReadOnlyList<CrmWriteResult>> UpsertAsync(IReadOnlyList<CrmRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        var results = new CrmWriteResult[records.Count];
        var payload = new RecordPayload(schema.Value);
        var operations = new List<BatchOperation>();
        for (var i = 0; i < records.Count; i++)
        {
            var (operation, error) = payload.Build(records[i], i);
            if (operation is null)
                results[i] = new CrmWriteResult(records[i].Key, CrmWriteOutcome.PermanentFailure, Error: error);
            else
                operations.Add(operation);
        }
        var batches = new BatchUpsert(api, options.Value.ApiAddress);
        foreach (var chunk in operations.Chunk(options.Value.BatchSize))
        {
            foreach (var (operation, result) in chunk.Zip(await batches.SendAsync(chunk, cancellationToken)))
                results[operation.Index] = result;
        }
        logger.LogInformation("Upserted {Records} records to {Target}: {Failures} failed",
            records.Count, Name, results.Count(r => r.Outcome is CrmWriteOutcome.RetryableFailure or CrmWriteOutcome.PermanentFailure));
        return results;
    }
}
