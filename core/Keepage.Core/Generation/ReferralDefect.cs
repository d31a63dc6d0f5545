namespace Keepage.Core.Generation;

/// <summary>A deliberate data-quality problem in a generated row, so the demo shows quarantine and flags.</summary>
public enum ReferralDefect
{
    None,

    /// <summary>The referral_date cell is not a date (quarantined at ingest).</summary>
    BadReferralDate,

    /// <summary>No referring NPI and no referring name (quarantined at ingest).</summary>
    MissingReferringProvider,

    /// <summary>The referring NPI fails its check digit (kept at ingest, with a flag).</summary>
    InvalidNpiCheckDigit,
}
