using Keepage.Core.Crm;
using Keepage.Core.Messaging;
using Keepage.Core.Publish;
using Keepage.Core.Reconciliation;
using Keepage.Core.Store;
using Microsoft.Extensions.Options;

namespace Keepage.Connectors.Messaging;

/// <summary>
/// Queues publishing instead of doing it inline: for each CRM target and record kind, the records
/// <see cref="Core.Flows.PublishToCrm"/> would publish (the newest KPI periods, every alert) whose content differs
/// from the ledger are cut into <see cref="PublishCrmRecords"/> work items of keys only. Each item's message
/// id is built from its keys and their content hashes, so planning the same changes twice queues them once.
/// </summary>
public sealed class PublishPlanner(
    IEnumerable<ICrmTarget> targets,
    IAnalyticsStore analytics,
    ISyncLedger ledger,
    IWorkQueue queue,
    PublishSettings settings,
    IOptions<PublishWorkOptions> options)
{
    public async Task<PublishPlan> QueueAsync(ReconciliationResult reconciliation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reconciliation);
        var kpis = KpiPublishScope.Select(await analytics.ListKpisAsync(cancellationToken), settings).Select(CrmRecordBuilder.FromKpi).ToList();
        var alerts = await analytics.ListAlertsAsync(cancellationToken);
        var plan = new PublishPlan(0, 0);
        foreach (var target in targets.Select(t => t.Name).Distinct(StringComparer.Ordinal))
        {
            var links = reconciliation.For(target);
            plan += await QueueChangedAsync(target, CrmRecordKind.Kpi, kpis, cancellationToken);
            plan += await QueueChangedAsync(target, CrmRecordKind.Alert, [.. alerts.Select(a => CrmRecordBuilder.FromAlert(a, links))], cancellationToken);
        }
        return plan;
    }

    private async Task<PublishPlan> QueueChangedAsync(string target, CrmRecordKind kind, List<CrmRecord> desired, CancellationToken cancellationToken)
    {
        var known = await ledger.LoadLedgerAsync(target, kind, cancellationToken);
        var changed = desired
            .Select(record => (record.Key, ContentHash: ContentHash.Of(record)))
            .Where(r => !known.TryGetValue(r.Key, out var entry) || entry.ContentHash != r.ContentHash)
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .ToList();
        var chunks = changed.Chunk(options.Value.RecordsPerMessage).ToList();
        foreach (var chunk in chunks)
        {
            var command = new PublishCrmRecords(target, kind, [.. chunk.Select(r => r.Key)]);
            await queue.SendAsync(new WorkMessage(WorkMessageIds.Publish(target, kind, chunk), command), cancellationToken);
        }
        return new PublishPlan(chunks.Count, changed.Count);
    }
}
