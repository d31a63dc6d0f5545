using Keepage.Core.Crm;
using Keepage.Core.Publish;
using Keepage.Core.Reconciliation;
using Keepage.Core.Store;
using Microsoft.Extensions.Logging;

namespace Keepage.Core.Flows;

/// <summary>
/// Flow 5: desired CRM records -> diff against the sync ledger -> upsert only the changed ones -> ledger updated per
/// record result. Only the newest KPI periods are published (<see cref="PublishSettings"/>). A failed record keeps its previous confirmed hash, so the next run writes it again: nothing is
/// dropped, and a re-run with no change writes nothing.
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
        var kpis = await analytics.ListKpisAsync(cancellationToken);
        var alerts = await analytics.ListAlertsAsync(cancellationToken);
        var summaries = new List<PublishSummary>();
        foreach (var target in targets)
        {
            var links = reconciliation.For(target.Name);
            var desired = KpiPublishScope.Select(kpis, _settings).Select(CrmRecordBuilder.FromKpi)
                .Concat(alerts.Select(a => CrmRecordBuilder.FromAlert(a, links)))
                .ToList();
            summaries.Add(await PublishAsync(target, desired, cancellationToken));
        }
        return summaries;
    }

    private async Task<PublishSummary> PublishAsync(
        ICrmTarget target, List<CrmRecord> desired, CancellationToken cancellationToken)
    {
        var known = new Dictionary<CrmRecordKind, IReadOnlyDictionary<string, LedgerEntry>>();
        foreach (var kind in Enum.GetValues<CrmRecordKind>())
            known[kind] = await ledger.LoadLedgerAsync(target.Name, kind, cancellationToken);

        var changed = new List<(CrmRecord Record, string Hash, LedgerEntry? Previous)>();
        foreach (var record in desired)
        {
            var hash = ContentHash.Of(record);
            known[record.Kind].TryGetValue(record.Key, out var previous);
            if (previous?.ContentHash != hash)
                changed.Add((record, hash, previous));
        }

        var results = changed.Count == 0
            ? []
            : await target.UpsertAsync([.. changed.Select(c => c.Record)], cancellationToken);
        if (results.Count != changed.Count)
            throw new InvalidOperationException(
                $"CRM target '{target.Name}' returned {results.Count} results for {changed.Count} records.");

        var now = clock.GetUtcNow();
        var entries = changed.Zip(results, (c, result) => ToEntry(target.Name, c.Record, c.Hash, c.Previous, result, now)).ToList();
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

    private static LedgerEntry ToEntry(
        string target, CrmRecord record, string hash, LedgerEntry? previous, CrmWriteResult result, DateTimeOffset now)
    {
        var written = result.Outcome is CrmWriteOutcome.Created or CrmWriteOutcome.Updated or CrmWriteOutcome.Unchanged;
        return new LedgerEntry(
            target,
            record.Kind,
            record.Key,
            written ? hash : previous?.ContentHash,
            result.CrmId ?? previous?.CrmId,
            result.Outcome,
            written ? null : result.Error,
            now);
    }
}
