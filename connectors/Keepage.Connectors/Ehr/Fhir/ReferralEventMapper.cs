using Hl7.Fhir.Model;
using Keepage.Core.Ingest;
using Keepage.Core.Referrals;

namespace Keepage.Connectors.Ehr.Fhir;

/// <summary>
/// Maps an Appointment or Encounter whose <c>basedOn</c> names a ServiceRequest to an update of that referral's status
/// and dates. One without <c>basedOn</c> is not about a referral and gives no record (null).
/// </summary>
internal sealed class ReferralEventMapper(string source, BasedOnReferrals basedOn)
{
    public MappedRecord? Map(int number, Appointment appointment)
    {
        if (appointment.BasedOn.Count == 0)
            return null;
        if (basedOn.ReferralIdOf(appointment.BasedOn) is not { } referralId)
            return MappedRecord.Rejected(number, "Appointment.basedOn does not identify a ServiceRequest");
        var code = appointment.StatusElement?.JsonValue as string;
        var start = FhirDates.DateOf(appointment.StartElement);
        ReferralUpdate? update = code switch
        {
            "proposed" or "pending" or "waitlist" => new(source, referralId, ReferralStatus.Pending),
            "booked" => new(source, referralId, ReferralStatus.Scheduled, FhirDates.DateOf(appointment.CreatedElement), start),
            "arrived" or "checked-in" => new(source, referralId, ReferralStatus.Completed, AppointmentDate: start, CompletedDate: start),
            "fulfilled" => new(source, referralId, ReferralStatus.Completed, AppointmentDate: start, CompletedDate: FhirDates.DateOf(appointment.EndElement) ?? start),
            "cancelled" => new(source, referralId, ReferralStatus.Cancelled),
            "noshow" => new(source, referralId, ReferralStatus.NoShow, AppointmentDate: start),
            _ => null,
        };
        return update is null ? MappedRecord.Rejected(number, Problem("Appointment", code)) : MappedRecord.Updating(number, update);
    }

    public MappedRecord? Map(int number, Encounter encounter)
    {
        if (encounter.BasedOn.Count == 0)
            return null;
        if (basedOn.ReferralIdOf(encounter.BasedOn) is not { } referralId)
            return MappedRecord.Rejected(number, "Encounter.basedOn does not identify a ServiceRequest");
        var code = encounter.StatusElement?.JsonValue as string;
        var start = FhirDates.DateOf(encounter.Period?.Start);
        ReferralUpdate? update = code switch
        {
            "planned" => new(source, referralId, ReferralStatus.Scheduled, AppointmentDate: start),
            "arrived" or "triaged" or "in-progress" or "onleave" => new(source, referralId, ReferralStatus.Completed, AppointmentDate: start, CompletedDate: start),
            "finished" => new(source, referralId, ReferralStatus.Completed, AppointmentDate: start, CompletedDate: FhirDates.DateOf(encounter.Period?.End) ?? start),
            "cancelled" => new(source, referralId, ReferralStatus.Cancelled),
            _ => null,
        };
        return update is null ? MappedRecord.Rejected(number, Problem("Encounter", code)) : MappedRecord.Updating(number, update);
    }

    private static string Problem(string type, string? code) => code switch
    {
        null => $"{type}.status is missing",
        "entered-in-error" => $"{type} status is entered-in-error",
        "unknown" => $"{type} status is unknown, which says nothing about the referral",
        _ => $"{type}.status is not a FHIR {type.ToLowerInvariant()} status",
    };
}
