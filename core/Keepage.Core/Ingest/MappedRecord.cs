using Keepage.Core.Referrals;

namespace Keepage.Core.Ingest;

/// <summary>
/// One record read from an export and run through its source profile: either a canonical referral or a
/// rejection with a reason. <see cref="RecordNumber"/> is 1-based in the file (data rows, header excluded).
/// </summary>
public sealed record MappedRecord(int RecordNumber, Referral? Referral, string? RejectionReason)
{
    public static MappedRecord Accepted(int recordNumber, Referral referral) => new(recordNumber, referral, null);

    public static MappedRecord Rejected(int recordNumber, string reason) => new(recordNumber, null, reason);
}
