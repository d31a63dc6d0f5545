using Keepage.Core.Ingest;
using Keepage.Core.Kpis;
using Keepage.Core.Reconciliation;
using Keepage.Core.Store;

namespace Keepage.Core.Flows;

/// <summary>
/// The one data path both hosts use: ingest -> sync CRMs -> reconcile -> KPIs -> alerts -> publish.
/// Each step is its own flow; this class only sequences them and reports progress.
/// </summary>
public sealed class KeepageRun(
    IngestExport ingest,
    SyncCrm sync,
    IReferralStore referrals,
    ComputeKpis kpis,
    EvaluateAlerts alerts,
    PublishToCrm publish,
    TimeProvider clock)
{
    public async Task<RunSummary> RunAsync(RunRequest request, IRunObserver observer, CancellationToken cancellationToken)
    {
        observer.StepStarted("ingest");
        var receipts = new List<ExportReceipt>();
        foreach (var export in request.Exports)
        {
            var progress = new Progress<int>(read => observer.RecordsRead(export.File.Name, read));
            var receipt = await ingest.RunAsync(export.File, export.Reader, progress, cancellationToken);
            observer.FileIngested(receipt);
            receipts.Add(receipt);
        }
        observer.StepCompleted("ingest", $"{receipts.Count} files, {receipts.Sum(r => r.Accepted)} accepted");

        observer.StepStarted("sync");
        var snapshots = await sync.RunAsync(cancellationToken);
        observer.StepCompleted("sync", $"{snapshots.Sum(s => s.Providers.Count)} contacts, {snapshots.Sum(s => s.Activities.Count)} activities");

        observer.StepStarted("reconcile");
        var held = await referrals.ListReferralsAsync(cancellationToken);
        var reconciliation = Reconciler.Reconcile(held, snapshots);
        observer.StepCompleted("reconcile", $"{reconciliation.MatchedProviders} of {reconciliation.ReferringProviders} providers matched");

        var asOf = request.AsOf ?? (request.AsOfFromData && held.Count > 0
            ? held.Max(r => r.ReferralDate).AddDays(1)
            : DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));

        observer.StepStarted("kpis");
        var outreach = OutreachContext.From(reconciliation);
        var kpiRecords = await kpis.RunAsync(held, outreach, asOf, cancellationToken);
        observer.StepCompleted("kpis", $"{kpiRecords.Count} KPI records");

        observer.StepStarted("alerts");
        var raised = await alerts.RunAsync(held, outreach, asOf, cancellationToken);
        observer.StepCompleted("alerts", $"{raised.Count} alerts");

        if (request.DryRun)
        {
            observer.StepStarted("plan");
            var plan = await publish.PlanAsync(reconciliation, cancellationToken);
            observer.StepCompleted("plan", $"{plan.Writes.Count} CRM writes planned, none sent");
            return new RunSummary(asOf, receipts, reconciliation, kpiRecords.Count, raised.Count, plan.Summaries) { Plan = plan };
        }

        observer.StepStarted("publish");
        var published = await publish.RunAsync(reconciliation, cancellationToken);
        observer.StepCompleted("publish", $"{published.Sum(p => p.Writes)} CRM writes");

        return new RunSummary(asOf, receipts, reconciliation, kpiRecords.Count, raised.Count, published);
    }
}
