using Keepage.Core.Referrals;

namespace Keepage.Core.Ingest;

/// <summary>
/// How an update names its referral when the message carries no referral id (an HL7 SIU without SCH-26/27): by the
/// patient's keyed pseudonym and the appointment's start. Only referrals from the update's source are candidates.
/// </summary>
public sealed record PatientLink(string PatientKey, DateOnly? AppointmentStart)
{
    /// <summary>
    /// The referrals of this patient the update may change, best first: the referral already booked for this
    /// appointment (its appointment date is the start; a later cancel or no-show of that appointment must reach it
    /// even when it is closed), else the open one (not completed or cancelled) whose referral date is the latest on
    /// or before the start, else the latest open one. None: hold the update until a referral for the patient arrives.
    /// More than one: equally good matches, so the link is ambiguous.
    /// </summary>
    public IReadOnlyList<Referral> Candidates(IReadOnlyList<Referral> patientReferrals)
    {
        ArgumentNullException.ThrowIfNull(patientReferrals);
        var booked = AppointmentStart is { } start ? patientReferrals.Where(r => r.AppointmentDate == start).ToList() : [];
        if (booked.Count > 0)
            return booked;
        var open = patientReferrals.Where(r => r.Status is not (ReferralStatus.Completed or ReferralStatus.Cancelled)).ToList();
        var onOrBefore = open.Where(r => r.ReferralDate <= AppointmentStart).ToList();
        return Latest(onOrBefore.Count > 0 ? onOrBefore : open);
    }

    private static List<Referral> Latest(List<Referral> referrals)
    {
        if (referrals.Count == 0)
            return [];
        var latest = referrals.Max(r => r.ReferralDate);
        return [.. referrals.Where(r => r.ReferralDate == latest)];
    }
}
