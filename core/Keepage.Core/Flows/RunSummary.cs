using Keepage.Core.Ingest;
using Keepage.Core.Publish;
using Keepage.Core.Reconciliation;

namespace Keepage.Core.Flows;

/// <summary>Everything one run did, end to end. <see cref="CrmWrites"/> counts records created or updated in CRMs.</summary>
public sealed record RunSummary(
    DateOnly AsOf,
    IReadOnlyList<ExportReceipt> Receipts,
    ReconciliationResult Reconciliation,
    int KpiRecords,
    int Alerts,
    IReadOnlyList<PublishSummary> Publish)
{
    /// <summary>A dry run's plan (null for a real run); <see cref="Publish"/> then counts what a real run would do.</summary>
    public PublishPlan? Plan { get; init; }

    public bool DryRun => Plan is not null;

    public int Files => Receipts.Count;
    public int Read => Receipts.Sum(r => r.Read);
    public int Accepted => Receipts.Sum(r => r.Accepted);
    public int Duplicates => Receipts.Sum(r => r.Duplicates);
    public int Quarantined => Receipts.Sum(r => r.Quarantined);
    public int Flagged => Receipts.Sum(r => r.Flagged);
    public int CrmWrites => Publish.Sum(p => p.Writes);
    public int CrmUnchanged => Publish.Sum(p => p.Unchanged);
    public int CrmFailed => Publish.Sum(p => p.Failed);
}
