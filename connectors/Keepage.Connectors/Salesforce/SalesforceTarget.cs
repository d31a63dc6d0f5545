using Keepage.Connectors.Salesforce.Limits;
using Keepage.Connectors.Salesforce.Reads;
using Keepage.Connectors.Salesforce.Writes;
using Keepage.Core.Crm;
using Microsoft.Extensions.Logging;

namespace Keepage.Connectors.Salesforce;

/// <summary>
/// Keepage's Salesforce target: reads Contacts, Accounts, Tasks and Events, and upserts KPI records and alert Tasks
/// by External ID within the org's API budget, one result per record, in order. Records it could not send (limit,
/// locks) come back retryable, so the publish ledger sends them on the next run.
/// </summary>
public sealed class SalesforceTarget : ICrmTarget
{
    private readonly ISalesforceApi _api;
    private readonly SalesforceOptions _options;
    private readonly SalesforceSchemaOptions _schema;
    private readonly ApiBudget _budget;
    private readonly SchemaCheck _schemaCheck;
    private readonly TimeProvider _waits;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;

    // Internal: built by SalesforceRegistration, which owns the shared budget and schema check.
    internal SalesforceTarget(ISalesforceApi api, SalesforceOptions options, SalesforceSchemaOptions schema, ApiBudget budget,
        SchemaCheck schemaCheck, TimeProvider waits, TimeProvider clock, ILogger<SalesforceTarget> logger)
    {
        (_api, _options, _schema, _budget, _schemaCheck) = (api, options, schema, budget, schemaCheck);
        (_waits, _clock, _logger) = (waits, clock, logger);
    }

    public string Name => _options.TargetName;

    public string TableFor(CrmRecordKind kind) => kind == CrmRecordKind.Kpi ? _schema.KpiObject : _schema.AlertObject;

    public Task<CrmSnapshot> ReadAsync(CancellationToken cancellationToken) => ReadChangedAsync(null, cancellationToken);

    /// <summary>Reads only rows changed after <paramref name="since"/> (by SystemModstamp); null reads everything.</summary>
    public async Task<CrmSnapshot> ReadChangedAsync(DateTimeOffset? since, CancellationToken cancellationToken)
    {
        var snapshot = await new SnapshotReader(Pager(), Name, _schema).ReadAsync(since, cancellationToken);
        _logger.LogInformation("Read {Providers} contacts, {Practices} accounts and {Activities} activities from {Target}",
            snapshot.Providers.Count, snapshot.Practices.Count, snapshot.Activities.Count, Name);
        return snapshot;
    }

    public async Task<IReadOnlyList<CrmWriteResult>> UpsertAsync(IReadOnlyList<CrmRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        var results = new CrmWriteResult[records.Count];
        if (records.Count == 0)
            return results;
        _budget.StartRun();
        try
        {
            await _schemaCheck.EnsureAsync(_api, _schema, [.. records.Select(r => r.Kind).Distinct()], cancellationToken);
        }
        catch (Exception error) when (error is SalesforceException { StatusCode: not null } || TransportFailure.Is(error, cancellationToken))
        {
            var reason = $"Salesforce could not be asked about the schema ({(error as SalesforceException)?.ErrorCode ?? error.GetType().Name}); the record is sent again on the next run.";
            return [.. records.Select(r => new CrmWriteResult(r.Key, CrmWriteOutcome.RetryableFailure, Error: reason))];
        }
        var (kpis, alerts) = Build(records, results);
        var rounds = new UpsertRounds(new CollectionWriter(_api), new BulkWriter(_api, _options, _waits), _budget, _options, _waits, _logger);
        await rounds.WriteAsync(new WriteGroup(_schema.KpiObject, _schema.KpiExternalIdField, kpis), results, cancellationToken);
        var open = await new AlertPreparation(new AlertTasks(Pager(), _schema, _clock), _budget).PrepareAsync(alerts, results, cancellationToken);
        await rounds.WriteAsync(new WriteGroup(_schema.AlertObject, _schema.AlertExternalIdField, open), results, cancellationToken);
        _logger.LogInformation("Upserted {Records} records to {Target}: {Retryable} to retry, {Failed} failed", records.Count, Name,
            results.Count(r => r.Outcome == CrmWriteOutcome.RetryableFailure), results.Count(r => r.Outcome == CrmWriteOutcome.PermanentFailure));
        return results;
    }

    private (List<WriteItem> Kpis, List<WriteItem> Alerts) Build(IReadOnlyList<CrmRecord> records, CrmWriteResult[] results)
    {
        var payload = new RecordPayload(_schema);
        var (kpis, alerts) = (new List<WriteItem>(), new List<WriteItem>());
        for (var i = 0; i < records.Count; i++)
        {
            var (item, error) = payload.Build(records[i], i);
            if (item is null)
                results[i] = new CrmWriteResult(records[i].Key, CrmWriteOutcome.PermanentFailure, Error: error);
            else
                (records[i].Kind == CrmRecordKind.Kpi ? kpis : alerts).Add(item);
        }
        return (kpis, alerts);
    }

    private QueryPager Pager() => new(_api, _options.QueryBatchSize);
}
