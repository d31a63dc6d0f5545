using Keepage.Core.Crm;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Keepage.Connectors.Dataverse;

/// <summary>
/// Keepage's Dataverse target: reads contacts, accounts and outreach activities (incrementally, by change tracking,
/// after the first read in a process), and upserts KPI and alert
/// records by alternate key through $batch, one result per record. Batches go one after another, so at most one
/// write is in flight (below <see cref="DataverseOptions.MaxConcurrency"/>, which caps the client as a whole).
/// </summary>
public sealed class DataverseTarget(
    IDataverseApi api,
    IOptions<DataverseOptions> options,
    IOptions<DataverseSchemaOptions> schema,
    TrackedTables tracked,
    ILogger<DataverseTarget> logger) : ICrmTarget
{
    public string Name => options.Value.TargetName;

    public string TableFor(CrmRecordKind kind) => kind == CrmRecordKind.Kpi ? schema.Value.KpiEntitySet : schema.Value.AlertEntitySet;

    public async Task<CrmSnapshot> ReadAsync(CancellationToken cancellationToken)
    {
        var rows = new SnapshotRows(Name, schema.Value);
        var reader = new ChangeTrackedReader(new TrackedScope(Name, options.Value.Url), new RowPager(api, options.Value.MaxPageSize), tracked, options.Value.ChangeTracking, logger);
        var providers = (await reader.ReadAsync("contacts", rows.ContactSelect, "contactid", cancellationToken)).Select(rows.Provider).ToList();
        var practices = (await reader.ReadAsync("accounts", rows.AccountSelect, "accountid", cancellationToken)).Select(rows.Practice).ToList();
        var activities = new List<OutreachActivity>();
        foreach (var (entitySet, kind) in schema.Value.OutreachActivitySets)
            activities.AddRange((await reader.ReadAsync(entitySet, SnapshotRows.ActivitySelect, "activityid", cancellationToken)).Select(row => rows.Activity(row, kind)));
        logger.LogInformation("Read {Providers} contacts, {Practices} accounts and {Activities} activities from {Target}",
            providers.Count, practices.Count, activities.Count, Name);
        return new CrmSnapshot(Name, providers, practices, activities);
    }

    public async Task<IReadOnlyList<CrmWriteResult>> UpsertAsync(IReadOnlyList<CrmRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        var results = new CrmWriteResult?[records.Count];
        var closed = await ClosedAlertsAsync(records, results, cancellationToken);
        var payload = new RecordPayload(schema.Value);
        var operations = new List<BatchOperation>();
        for (var i = 0; i < records.Count; i++)
        {
            if (results[i] is not null)
                continue;
            if (records[i].Kind == CrmRecordKind.Alert && closed.TryGetValue(records[i].Key, out var closedId))
            {
                results[i] = new CrmWriteResult(records[i].Key, CrmWriteOutcome.Unchanged, closedId);
                continue;
            }
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
        logger.LogInformation("Upserted {Records} records to {Target}: {Closed} closed alerts left alone, {Failures} failed",
            records.Count, Name, closed.Count, results.Count(r => r!.Outcome is CrmWriteOutcome.RetryableFailure or CrmWriteOutcome.PermanentFailure));
        return results!;
    }

    // When the check itself fails, the alerts are not written this run (retryable) rather than risk reopening one.
    private async Task<Dictionary<string, string>> ClosedAlertsAsync(IReadOnlyList<CrmRecord> records, CrmWriteResult?[] results, CancellationToken cancellationToken)
    {
        var alertKeys = records.Where(r => r.Kind == CrmRecordKind.Alert && AlternateKey.IsAddressable(r.Key)).Select(r => r.Key).ToList();
        if (alertKeys.Count == 0)
            return [];
        try
        {
            return await new ClosedAlerts(new RowPager(api, options.Value.MaxPageSize), schema.Value).FindAsync(alertKeys, cancellationToken);
        }
        catch (Exception error) when (BatchUpsert.IsTransient(error, cancellationToken) || error is DataverseException)
        {
            for (var i = 0; i < records.Count; i++)
            {
                if (records[i].Kind == CrmRecordKind.Alert)
                    results[i] = new CrmWriteResult(records[i].Key, CrmWriteOutcome.RetryableFailure, Error: $"Reading closed alerts failed: {error.Message}");
            }
            return [];
        }
    }
}
