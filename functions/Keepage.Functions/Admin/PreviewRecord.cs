using Keepage.Core.Ingest;
using Keepage.Core.Referrals;

namespace Keepage.Functions.Admin;

/// <summary>One previewed record: the referral or update the profile made of it, or why it was rejected.</summary>
public sealed record PreviewRecord(int RecordNumber, Referral? Referral, ReferralUpdate? Update, string? Rejection)
{
    public static PreviewRecord From(MappedRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(record.RecordNumber, record.Referral, record.Update, record.RejectionReason);
    }
}
