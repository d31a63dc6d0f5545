using Keepage.Core.Ingest;
using Keepage.Core.Privacy;
using Keepage.Core.Referrals;
using Keepage.Mapping;

namespace Keepage.Connectors.Ehr.Hl7v2;

/// <summary>
/// Finishes what a mapper read into a record: a referral (source stamped, patient id pseudonymised here, NPI and
/// patient flags raised) or an update, unless the message had problems, in which case all of them are the reason.
/// </summary>
internal sealed class Hl7v2Records(PatientPseudonymizer pseudonymizer, string source, Hl7v2ReaderOptions options)
{
    public Hl7v2ReaderOptions Options => options;

    public MappedRecord Referral(int number, MessageFields fields, Referral referral, ProviderIdentity? referring, ProviderIdentity? referredTo)
    {
        var patientId = Hl7v2Patients.Identifier(fields, options.PatientIdentifierTypes);
        List<string> flags = [];
        CheckNpi(fields, referral.ReferringNpi, referring, "referring", ReferralFlags.InvalidReferringNpi, flags);
        CheckNpi(fields, referral.ReferredToNpi, referredTo, "referred-to", ReferralFlags.InvalidReferredToNpi, flags);
        if (patientId is null)
            flags.Add(ReferralFlags.MissingPatientId);
        if (referral.ReferralId.Length == 0 && fields.Problems.Count == 0)
            fields.Problem("referral id is missing");
        if (fields.Problems.Count > 0)
            return MappedRecord.Rejected(number, string.Join("; ", fields.Problems));
        return MappedRecord.Accepted(number, referral with
        {
            Source = source,
            PatientKey = patientId is null ? null : pseudonymizer.Pseudonymize(patientId),
            Flags = flags,
        });
    }

    /// <summary>
    /// An update never moves a referral back to pending: a modify or status message repeating "pending" or
    /// "accepted" after the appointment was booked must not undo the booking.
    /// </summary>
    public MappedRecord Update(
        int number, MessageFields fields, string? referralId, ReferralStatus? status,
        DateOnly? scheduled = null, DateOnly? appointment = null, DateOnly? completed = null)
    {
        if (fields.Problems.Count > 0 || referralId is null)
            return MappedRecord.Rejected(number, fields.Problems.Count > 0 ? string.Join("; ", fields.Problems) : "referral id is missing");
        return MappedRecord.Updating(number, new ReferralUpdate(source, referralId, Change(status), scheduled, appointment, completed));
    }

    /// <summary>
    /// An appointment that names no order is linked by its patient (PID-3, pseudonymised here like the referral's)
    /// and its start; the store finds that patient's referral (<see cref="PatientLink"/>).
    /// </summary>
    public MappedRecord UpdateByPatient(
        int number, MessageFields fields, DateOnly? start, ReferralStatus? status,
        DateOnly? scheduled, DateOnly? appointment, DateOnly? completed)
    {
        var patientId = Hl7v2Patients.Identifier(fields, options.PatientIdentifierTypes);
        if (patientId is null && fields.Problems.Count == 0)
            fields.Problem("SCH-26 placer order number is missing (and SCH-27 and PID-3): the appointment names no referral and no patient");
        if (fields.Problems.Count > 0 || patientId is null)
            return MappedRecord.Rejected(number, string.Join("; ", fields.Problems));
        var link = new PatientLink(pseudonymizer.Pseudonymize(patientId), start);
        return MappedRecord.Updating(number, ReferralUpdate.ForPatient(source, link, Change(status), scheduled, appointment, completed));
    }

    private static ReferralStatus? Change(ReferralStatus? status) => status == ReferralStatus.Pending ? null : status;

    private void CheckNpi(MessageFields fields, string? npi, ProviderIdentity? provider, string role, string flag, List<string> flags)
    {
        if (npi is null || Npi.IsValid(npi))
            return;
        if (options.RejectInvalidNpi)
            fields.Problem($"{provider?.NpiPosition ?? "NPI"} {role} NPI is not valid (check digit)");
        else
            flags.Add(flag);
    }
}
