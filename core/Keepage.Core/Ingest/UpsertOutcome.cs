namespace Keepage.Core.Ingest;

public enum UpsertOutcome
{
    Inserted,
    Updated,
    Duplicate,

    /// <summary>An update for a referral not yet held: kept, and applied when the referral arrives.</summary>
    Deferred,

    /// <summary>
    /// An update linked by patient (<see cref="PatientLink"/>) that matches several referrals equally well: nothing
    /// is changed, and the record belongs in quarantine with <see cref="RejectionReasons.AmbiguousPatientLink"/>.
    /// </summary>
    Ambiguous,
}
