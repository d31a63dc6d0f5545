using Keepage.Core.Alerts;
using Keepage.Core.Crm;
using Keepage.Core.Flows;
using Keepage.Core.Kpis;
using Keepage.Core.Messaging;
using Keepage.Core.Publish;
using Keepage.Core.Reconciliation;
using Keepage.Core.Store;
using Microsoft.Extensions.Logging;

namespace Keepage.Connectors.Messaging;

/// <summary>
/// The publish path for one work item: the named KPI or alert records, diffed against the sync ledger and upserted to
/// the named target by <see cref="PublishToCrm"/> itself, so queued and inline publishing share one diff and one ledger
/// rule. Records no longer in the latest analysis, or no longer in the published KPI periods
/// (<see cref="PublishSettings"/>), are skipped. A redelivered item writes nothing already written.
/// </summary>
public sealed class CrmRecordPublisher(
    IEnumerable<ICrmTarget> targets,
    IAnalyticsStore analytics,
    ICrmMirror mirror,
    ISyncLedger ledger,
    PublishSettings settings,
    TimeProvider clock,
    ILogger<PublishToCrm> logger)
{
    public async Task<PublishOutcome> PublishAsync(PublishCrmRecords command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var target = targets.FirstOrDefault(t => t.Name == command.Target);
        if (target is null)
            return PublishOutcome.UnknownTarget;
        var keys = command.Keys.ToHashSet(StringComparer.Ordinal);
        IReadOnlyList<KpiRecord> kpis = command.Kind == CrmRecordKind.Kpi
            ? [.. KpiPublishScope.Select(await analytics.ListKpisAsync(cancellationToken), settings).Where(k => keys.Contains(k.Key))]
            : [];
        IReadOnlyList<Alert> alerts = command.Kind == CrmRecordKind.Alert
            ? [.. (await analytics.ListAlertsAsync(cancellationToken)).Where(a => keys.Contains(a.Key))]
            : [];
        // An alert's "regarding" link comes from the CRM mirror alone, so no referral needs loading here.
        var reconciliation = Reconciler.Reconcile([], alerts.Count == 0 ? [] : await mirror.LoadSnapshotsAsync(cancellationToken));

        var recording = new RecordingTarget(target);
        var publish = new PublishToCrm([recording], new SelectedAnalytics(kpis, alerts), ledger, clock, logger, settings);
        await publish.RunAsync(reconciliation, cancellationToken);
        return recording.Outcome(kpis.Count + alerts.Count);
    }
}
