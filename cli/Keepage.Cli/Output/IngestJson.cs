using Keepage.Core.Ingest;

namespace Keepage.Cli.Output;

/// <summary>The --json line of <c>keepage ingest</c>: the run fields, with nothing analysed or published.</summary>
internal sealed record IngestJson(
    int Files, int Read, int Accepted, int Duplicates, int Quarantined, int Flagged, int KpiRecords, int Alerts, int CrmWrites)
{
    public static IngestJson From(IReadOnlyList<ExportReceipt> receipts) => new(
        receipts.Count,
        receipts.Sum(r => r.Read),
        receipts.Sum(r => r.Accepted),
        receipts.Sum(r => r.Duplicates),
        receipts.Sum(r => r.Quarantined),
        receipts.Sum(r => r.Flagged),
        0, 0, 0);
}
