using Keepage.Connectors.Messaging;
using Keepage.Core.Flows;
using Keepage.Core.Messaging;
using Keepage.Functions.Crm;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Keepage.Functions.Admin;

/// <summary>
/// <c>POST /api/admin/run</c>: sync the CRMs, then analyze and queue the publish now, instead of waiting for the
/// timers. 409 while an analysis holds the lease. Answers with counts only.
/// </summary>
public sealed class RunNow(SyncCrm sync, AnalyzeAndQueuePublish analysis, IWorkLease leases)
{
    [Function(nameof(RunNow))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "admin/run")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        await using var lease = await leases.TryAcquireAsync(LeaseNames.Analysis, LeaseNames.AnalysisDuration, cancellationToken);
        if (lease is null)
            return new ConflictObjectResult(new { error = "An analysis is running; try again when it ends." });
        var snapshots = await sync.RunAsync(cancellationToken);
        var summary = await analysis.RunAsync(asOf: null, cancellationToken);
        return new OkObjectResult(new RunNowResult(snapshots.Count, summary));
    }
}
