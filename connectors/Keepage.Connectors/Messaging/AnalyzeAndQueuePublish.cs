using Keepage.Core.Flows;
using Keepage.Core.Reconciliation;
using Keepage.Core.Store;

namespace Keepage.Connectors.Messaging;

/// <summary>
/// The scale-out host's analysis: reconcile the held referrals with the CRM mirror, recompute KPIs and alerts, and
/// queue what changed for publishing (flows 3, 4 and the first half of 5). The queue's consumer writes the CRM.
/// </summary>
public sealed class AnalyzeAndQueuePublish(
    IReferralStore referrals,
    ICrmMirror mirror,
    ComputeKpis kpis,
    EvaluateAlerts alerts,
    PublishPlanner planner,
    TimeProvider clock)
{
    /// <summary>Analyzes as of <paramref name="asOf"/>, or the clock's UTC date when null.</summary>
    public async Task<AnalysisSummary> RunAsync(DateOnly? asOf, CancellationToken cancellationToken)
    {
        var day = asOf ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var held = await referrals.ListReferralsAsync(cancellationToken);
        var reconciliation = Reconciler.Reconcile(held, await mirror.LoadSnapshotsAsync(cancellationToken));
        var kpiRecords = await kpis.RunAsync(held, day, cancellationToken);
        var raised = await alerts.RunAsync(held, day, cancellationToken);
        var plan = await planner.QueueAsync(reconciliation, cancellationToken);
        return new AnalysisSummary(
            day, held.Count, reconciliation.ReferringProviders, reconciliation.MatchedProviders, kpiRecords.Count, raised.Count, plan);
    }
}
