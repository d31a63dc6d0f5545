using Keepage.Core.Referrals;

namespace Keepage.Core.Generation;

/// <summary>
/// One generated CSV row: the referral as written (its NPI already corrupted for an invalid-NPI row), the synthetic
/// patient id, and the defect. <see cref="ReferralDateText"/> replaces the date cell of a bad-date row.
/// </summary>
public sealed record DemoReferral(Referral Referral, string PatientId, ReferralDefect Defect, string? ReferralDateText = null)
{
    /// <summary>Whether a conforming ingest rejects the row: a bad date or no referring provider.</summary>
    public bool IsQuarantinedOnIngest => Defect is ReferralDefect.BadReferralDate or ReferralDefect.MissingReferringProvider;
}
