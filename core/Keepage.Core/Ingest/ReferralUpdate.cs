using Keepage.Core.Referrals;

namespace Keepage.Core.Ingest;

/// <summary>
/// A later event about a referral already sent (an HL7 SIU appointment, a FHIR Appointment or Encounter based on the
/// ServiceRequest): it changes status and dates of the referral with the same source and id, and never creates one.
/// An update that arrives before its referral is held until the referral does.
/// </summary>
public sealed record ReferralUpdate(
    string Source,
    string ReferralId,
    ReferralStatus? Status = null,
    DateOnly? ScheduledDate = null,
    DateOnly? AppointmentDate = null,
    DateOnly? CompletedDate = null)
{
    public Referral ApplyTo(Referral referral)
    {
        ArgumentNullException.ThrowIfNull(referral);
        return referral with
        {
            Status = Status ?? referral.Status,
            ScheduledDate = ScheduledDate ?? referral.ScheduledDate,
            AppointmentDate = AppointmentDate ?? referral.AppointmentDate,
            CompletedDate = CompletedDate ?? referral.CompletedDate,
        };
    }
}
