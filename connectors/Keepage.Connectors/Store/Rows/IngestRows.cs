using Keepage.Core.Ingest;

namespace Keepage.Connectors.Store.Rows;

internal sealed record ReceiptRow
{
    public const string Columns = """
        file_name AS FileName, sha256 AS Sha256, source AS Source, read_count AS ReadCount, accepted AS Accepted,
        duplicates AS Duplicates, quarantined AS Quarantined, flagged AS Flagged, ingested_at AS IngestedAt
        """;

    public string FileName { get; init; } = "";
    public string Sha256 { get; init; } = "";
    public string Source { get; init; } = "";
    public long ReadCount { get; init; }
    public long Accepted { get; init; }
    public long Duplicates { get; init; }
    public long Quarantined { get; init; }
    public long Flagged { get; init; }
    public string IngestedAt { get; init; } = "";

    public static ReceiptRow From(ExportReceipt receipt) => new()
    {
        FileName = receipt.FileName,
        Sha256 = receipt.Sha256,
        Source = receipt.Source,
        ReadCount = receipt.Read,
        Accepted = receipt.Accepted,
        Duplicates = receipt.Duplicates,
        Quarantined = receipt.Quarantined,
        Flagged = receipt.Flagged,
        IngestedAt = StoreText.Timestamp(receipt.IngestedAt),
    };

    public ExportReceipt ToReceipt() => new(
        FileName, Sha256, Source, (int)ReadCount, (int)Accepted, (int)Duplicates, (int)Quarantined, (int)Flagged,
        StoreText.ParseTimestamp(IngestedAt));
}

internal sealed record QuarantineRow
{
    public const string Columns = """
        file_sha256 AS FileSha256, file_name AS FileName, source AS Source, record_number AS RecordNumber, reason AS Reason
        """;

    public string FileSha256 { get; init; } = "";
    public string FileName { get; init; } = "";
    public string Source { get; init; } = "";
    public long RecordNumber { get; init; }
    public string Reason { get; init; } = "";
    public string QuarantinedAt { get; init; } = "";

    public static QuarantineRow From(QuarantinedRecord record, string now) => new()
    {
        FileSha256 = record.FileSha256,
        FileName = record.FileName,
        Source = record.Source,
        RecordNumber = record.RecordNumber,
        Reason = record.Reason,
        QuarantinedAt = now,
    };

    public QuarantinedRecord ToRecord() => new(FileSha256, FileName, Source, (int)RecordNumber, Reason);
}
