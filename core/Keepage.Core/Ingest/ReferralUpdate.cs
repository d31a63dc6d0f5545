using Keepage.Core.Referrals;

namespace Keepage.Core.Ingest;

/// <summary>
/// A later event about a referral already sent (an HL7 SIU appointment, a FHIR Appointment or Encounter based on the
/// ServiceRequest): it changes status and dates of the referral with the same source and id, and never creates one.
/// An update that arrives before its referral is held until the referral does. When the message names no referral id,
/// <see cref="ReferralId"/> is null and <see cref="Patient"/> says how the store finds the referral instead.
/// </summary>
public sealed record ReferralUpdate(
    string Source,
    string? ReferralId,
    ReferralStatus? Status = null,
    DateOnly? ScheduledDate = null,
    DateOnly? AppointmentDate = null,
    DateOnly? CompletedDate = null)
{
    /// <summary>Set only on an update without a referral id: the patient and appointment start that link it.</summary>
    public PatientLink? Patient { get; init; }

    public static ReferralUpdate ForPatient(
        string source, PatientLink patient, ReferralStatus? status = null,
        DateOnly? scheduledDate = null, DateOnly? appointmentDate = null, DateOnly? completedDate = null) =>
        new(source, null, status, scheduledDate, appointmentDate, completedDate) { Patient = patient };

    /// <summary>This update aimed at the referral a patient link resolved to.</summary>
    public ReferralUpdate ForReferral(string referralId) => this with { ReferralId = referralId, Patient = null };

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
