using Hl7.Fhir.Model;
using Keepage.Core.Ingest;
using Keepage.Core.Privacy;
using Keepage.Core.Referrals;
using Keepage.Mapping;

namespace Keepage.Connectors.Ehr.Fhir;

/// <summary>
/// Maps a ServiceRequest to a canonical referral, or rejects it with a reason that names elements, never values. The
/// raw patient id is pseudonymised here and goes no further; an NPI failing its check digit is flagged, not rejected.
/// </summary>
internal sealed class ServiceRequestMapper(
    string source, ReferralCodes referralCodes, ProviderResolver providers, PatientPseudonymizer pseudonymizer)
{
    private static readonly string[] ProcedureSystems =
    [
        "http://www.ama-assn.org/go/cpt",
        "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
        "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
    ];

    public MappedRecord Map(int number, ServiceRequest request)
    {
        if (!referralCodes.IsReferral(request))
            return MappedRecord.Rejected(number, "ServiceRequest is not a referral: no category or code is a configured referral code");
        if (ServiceRequestStatuses.Of(request.StatusElement?.JsonValue as string, out var problem) is not { } status)
            return MappedRecord.Rejected(number, problem!);
        if (ReferralIds.Of(request) is not { } referralId)
            return MappedRecord.Rejected(number, "ServiceRequest has no id or identifier");
        if ((FhirDates.DateOf(request.AuthoredOnElement) ?? FhirDates.StartOf(request.Occurrence)) is not { } referralDate)
            return MappedRecord.Rejected(number, "ServiceRequest has no full authoredOn or occurrence date");
        var referring = providers.Resolve(request.Requester, request);
        if (referring.Npi is null && referring.Name is null)
            return MappedRecord.Rejected(number, "missing referring provider");
        var referral = Build(request, referralId, referralDate, status, referring);
        return MappedRecord.Accepted(number, referral with { Flags = Flags(referral) });
    }

    private Referral Build(ServiceRequest request, string referralId, DateOnly referralDate, ReferralStatus status, ResolvedProvider referring)
    {
        var referredTo = ReferredTo(request);
        var patientId = PatientIds.RawIdOf(request.Subject, request);
        return new Referral
        {
            ReferralId = referralId,
            Source = source,
            PatientKey = patientId is null ? null : pseudonymizer.Pseudonymize(patientId),
            ReferringNpi = referring.Npi,
            ReferringName = referring.Name,
            ReferredToNpi = referredTo.Npi,
            Specialty = FhirIdentifiers.Wording(request.PerformerType) ?? referredTo.Specialty,
            ServiceLine = referralCodes.IsReferralConcept(request.Code) ? null : FhirIdentifiers.Wording(request.Code),
            ReferralDate = referralDate,
            Status = status,
            ProcedureCode = request.Code?.Coding.FirstOrDefault(coding => ProcedureSystems.Contains(coding.System))?.Code,
            Payer = request.Insurance.Select(insurance => insurance.Display).FirstOrDefault(display => !string.IsNullOrWhiteSpace(display)),
            Priority = request.PriorityElement?.JsonValue as string,
        };
    }

    // The first performer with an NPI is the referred-to provider; without one, the first performer still names a specialty.
    private ResolvedProvider ReferredTo(ServiceRequest request)
    {
        var performers = request.Performer.Select(performer => providers.Resolve(performer, request)).ToList();
        return performers.FirstOrDefault(performer => performer.Npi is not null) ?? performers.FirstOrDefault() ?? ResolvedProvider.None;
    }

    private static List<string> Flags(Referral referral)
    {
        List<string> flags = [];
        if (referral.ReferringNpi is not null && !Npi.IsValid(referral.ReferringNpi))
            flags.Add(ReferralFlags.InvalidReferringNpi);
        if (referral.ReferredToNpi is not null && !Npi.IsValid(referral.ReferredToNpi))
            flags.Add(ReferralFlags.InvalidReferredToNpi);
        if (referral.PatientKey is null)
            flags.Add(ReferralFlags.MissingPatientId);
        return flags;
    }
}
