using Keepage.Core.Referrals;

namespace Keepage.Core.Ingest;

/// <summary>
/// One record read from an export and run through its source profile: a canonical referral, an update to a referral
/// (status and dates from a later message), or a rejection with a reason. <see cref="RecordNumber"/> is 1-based in the
/// file (data rows for flat files, messages or resources for HL7 v2 and FHIR).
/// </summary>
public sealed record MappedRecord(int RecordNumber, Referral? Referral, string? RejectionReason, ReferralUpdate? Update = null)
{
    public static MappedRecord Accepted(int recordNumber, Referral referral) => new(recordNumber, referral, null);

    public static MappedRecord Updating(int recordNumber, ReferralUpdate update) => new(recordNumber, null, null, update);

    public static MappedRecord Rejected(int recordNumber, string reason) => new(recordNumber, null, reason);
}
