using Hl7.Fhir.Model;

namespace Keepage.Connectors.Ehr.Fhir;

/// <summary>The configured codes that make a ServiceRequest a referral, matched on its category and code.</summary>
internal sealed class ReferralCodes(IReadOnlyList<FhirCoding> codes)
{
    private readonly HashSet<FhirCoding> _codes = [.. codes];

    public bool IsReferral(ServiceRequest request) =>
        _codes.Count == 0 || request.Category.Append(request.Code).Any(IsReferralConcept);

    public bool IsReferralConcept(CodeableConcept? concept) =>
        concept?.Coding.Any(coding => coding.System is { } system && coding.Code is { } code && _codes.Contains(new FhirCoding(system, code))) == true;
}
