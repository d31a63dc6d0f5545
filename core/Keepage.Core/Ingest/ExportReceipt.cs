namespace Keepage.Core.Ingest;

/// <summary>
/// What one ingest of one file did. Always <c>Read == Accepted + Duplicates + Quarantined</c>.
/// <see cref="Flagged"/> counts accepted records that carry a data-quality flag (they are not rejected).
/// </summary>
public sealed record ExportReceipt(
    string FileName,
    string Sha256,
    string Source,
    int Read,
    int Accepted,
    int Duplicates,
    int Quarantined,
    int Flagged,
    DateTimeOffset IngestedAt)
{
    public bool AddsUp => Read == Accepted + Duplicates + Quarantined;
}
