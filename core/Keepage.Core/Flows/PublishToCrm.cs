using Keepage.Core.Crm;
using Keepage.Core.Publish;
using Keepage.Core.Reconciliation;
using Keepage.Core.Store;
using Microsoft.Extensions.Logging;

namespace Keepage.Core.Flows;

/// <summary>
/// Flow 5: desired CRM records -> diff against the sync ledger -> upsert only the changed ones -> ledger updated per
/// record result. Only the newest KPI periods are published (<see cref="PublishSettings"/>). A failed record keeps its
/// previous confirmed hash, so the next run writes it again: nothing is dropped, and a re-run with no change writes
/// nothing. <see cref="PlanAsync"/> makes the same diff and writes nothing, to the CRM or the ledger.
/// </summary>
public sealed class PublishToCrm(
    IEnumerable<ICrmTarget> targets,
    IAnalyticsStore analytics,
    ISyncLedger ledger,
    TimeProvider clock,
    ILogger<PublishToCrm> logger,
    PublishSettings? settings = null)
{
    private readonly PublishSettings _settings = settings ?? new PublishSettings();

    public async Task<IReadOnlyList<PublishSummary>> RunAsync(
        ReconciliationResult reconciliation, CancellationToken cancellationToken)
    {
        var summaries = new List<PublishSummary>();
        foreach (var (target, desired) in await DesiredAsync(reconciliation, cancellationToken))
            summaries.Add(await PublishAsync(target, desired, cancellationToken));
        return summaries;
    }

    /// <summary>The dry run: per target, what <see cref="RunAsync"/> would create, update and leave unchanged now.</summary>
    public async Task<PublishPlan> PlanAsync(ReconciliationResult reconciliation, CancellationToken cancellationToken)
    {
        var summaries = new List<PublishSummary>();
        var tables = new List<PlannedTable>();
        var writes = new List<PlannedWrite>();
        foreach (var (target, desired) in await DesiredAsync(reconciliation, cancellationToken))
        {
            var planned = (await DiffAsync(target, desired, cancellationToken)).Select(c => Plan(target, c)).ToList();
            writes.AddRange(planned);
            var created = planned.Count(w => w.Operation == PlannedOperation.Create);
            summaries.Add(new PublishSummary(target.Name, desired.Count, created, planned.Count - created, desired.Count - planned.Count, 0));
            foreach (var kind in Enum.GetValues<CrmRecordKind>())
            {
                var ofKind = planned.Where(w => w.Kind == kind).ToList();
                var create = ofKind.Count(w => w.Operation == PlannedOperation.Create);
                tables.Add(new PlannedTable(target.Name, target.TableFor(kind), create, ofKind.Count - create, desired.Count(r => r.Kind == kind) - ofKind.Count));
            }
        }
        return new PublishPlan(summaries, tables, writes);
    }

    private async Task<List<(ICrmTarget Target, List<CrmRecord> Desired)>> DesiredAsync(
        ReconciliationResult reconciliation, CancellationToken cancellationToken)
    {
        var kpis = await analytics.ListKpisAsync(cancellationToken);
        var alerts = await analytics.ListAlertsAsync(cancellationToken);
        return [.. targets.Select(target =>
        {
            var links = reconciliation.For(target.Name);
            return (target, KpiPublishScope.Select(kpis, _settings).Select(CrmRecordBuilder.FromKpi)
                .Concat(alerts.Select(a => CrmRecordBuilder.FromAlert(a, links)))
                .ToList());
        })];
    }

    private async Task<List<Change>> DiffAsync(ICrmTarget target, List<CrmRecord> desired, CancellationToken cancellationToken)
    {
        var known = new Dictionary<CrmRecordKind, IReadOnlyDictionary<string, LedgerEntry>>();
        foreach (var kind in Enum.GetValues<CrmRecordKind>())
            known[kind] = await ledger.LoadLedgerAsync(target.Name, kind, cancellationToken);
        var changed = new List<Change>();
        foreach (var record in desired)
        {
            var hash = ContentHash.Of(record);
            known[record.Kind].TryGetValue(record.Key, out var previous);
            if (previous?.ContentHash != hash)
                changed.Add(new Change(record, hash, previous));
        }
        return changed;
    }

    // Never confirmed written (no hash) means the CRM has no such record from Keepage yet: the upsert creates it.
    private static PlannedWrite Plan(ICrmTarget target, Change change) => new(
        target.Name,
        target.TableFor(change.Record.Kind),
        change.Record.Kind,
        change.Record.Key,
        change.Previous?.ContentHash is null ? PlannedOperation.Create : PlannedOperation.Update,
        FieldSnapshot.Changes(change.Previous?.ContentHash is null ? null : change.Previous.Fields, change.Record));

    private async Task<PublishSummary> PublishAsync(ICrmTarget target, List<CrmRecord> desired, CancellationToken cancellationToken)
    {
        var changed = await DiffAsync(target, desired, cancellationToken);
        var results = changed.Count == 0
            ? []
            : await target.UpsertAsync([.. changed.Select(c => c.Record)], cancellationToken);
        if (results.Count != changed.Count)
            throw new InvalidOperationException(
                $"CRM target '{target.Name}' returned {results.Count} results for {changed.Count} records.");

        var now = clock.GetUtcNow();
        var entries = changed.Zip(results, (c, result) => ToEntry(target.Name, c, result, now)).ToList();
        await ledger.RecordAsync(entries, cancellationToken);

        var summary = new PublishSummary(
            target.Name,
            desired.Count,
            results.Count(r => r.Outcome == CrmWriteOutcome.Created),
            results.Count(r => r.Outcome == CrmWriteOutcome.Updated),
            desired.Count - changed.Count + results.Count(r => r.Outcome == CrmWriteOutcome.Unchanged),
            results.Count(r => r.Outcome is CrmWriteOutcome.RetryableFailure or CrmWriteOutcome.PermanentFailure));
        logger.LogInformation(
            "Published to {Target}: {Created} created, {Updated} updated, {Unchanged} unchanged, {Failed} failed",
            target.Name, summary.Created, summary.Updated, summary.Unchanged, summary.Failed);
        return summary;
    }

    private static LedgerEntry ToEntry(string target, Change change, CrmWriteResult result, DateTimeOffset now)
    {
        var written = result.Outcome is CrmWriteOutcome.Created or CrmWriteOutcome.Updated or CrmWriteOutcome.Unchanged;
        var previous = change.Previous;
        return new LedgerEntry(
            target,
            change.Record.Kind,
            change.Record.Key,
            written ? change.Hash : previous?.ContentHash,
            result.CrmId ?? previous?.CrmId,
            result.Outcome,
            written ? null : result.Error,
            now,
            written ? FieldSnapshot.ToJson(change.Record) : previous?.Fields);
    }

    private sealed record Change(CrmRecord Record, string Hash, LedgerEntry? Previous);
}
