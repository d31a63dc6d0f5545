using Keepage.Connectors.Messaging;
using Keepage.Core.Messaging;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Keepage.Functions.Crm;

/// <summary>
/// Hourly, after the sync: reconcile, recompute KPIs and alerts, and queue the changed CRM records as publish work
/// items (flows 3, 4 and 5's planning). Skipped while another instance or "run now" holds the analysis lease.
/// </summary>
public sealed class AnalyzeTimer(AnalyzeAndQueuePublish analysis, IWorkLease leases, ILogger<AnalyzeTimer> logger)
{
    [Function(nameof(AnalyzeTimer))]
    public async Task Run([TimerTrigger("0 20 * * * *")] TimerInfo timer, CancellationToken cancellationToken)
    {
        await using var lease = await leases.TryAcquireAsync(LeaseNames.Analysis, LeaseNames.AnalysisDuration, cancellationToken);
        if (lease is null)
        {
            logger.LogInformation("Analysis skipped: another run holds the lease");
            return;
        }
        var summary = await analysis.RunAsync(asOf: null, cancellationToken);
        logger.LogInformation("Analysis as of {AsOf}: {Kpis} KPIs, {Alerts} alerts, {Items} publish work items for {Records} records",
            summary.AsOf, summary.KpiRecords, summary.Alerts, summary.Queued.WorkItems, summary.Queued.Records);
    }
}
