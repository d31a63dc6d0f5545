namespace Keepage.Core.Ingest;

/// <summary>
/// A record that could not be accepted, with why. It names the file (by hash) and the record number, so a fixed
/// profile can replay it from the original file; the raw record itself is not stored because it may hold PHI.
/// Record number 0 stands for the file as a whole (an unreadable header, an archive bomb, an unknown format).
/// </summary>
public sealed record QuarantinedRecord(string FileSha256, string FileName, string Source, int RecordNumber, string Reason)
{
    /// <summary>A machine-readable reason code (<c>bad_date</c>, <c>missing_column</c>, ...), read from <see cref="Reason"/>.</summary>
    public string Code => RejectionReasons.Code(Reason);

    /// <summary>The field the reason names (<c>referral_date</c>, <c>RF1-7</c>, ...), or null.</summary>
    public string? Field => RejectionReasons.Field(Reason);
}
