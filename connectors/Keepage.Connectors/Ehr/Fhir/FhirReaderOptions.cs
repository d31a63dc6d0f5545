namespace Keepage.Connectors.Ehr.Fhir;

/// <summary>
/// What makes a ServiceRequest a referral, and the read limits. A ServiceRequest is a referral when a coding of its
/// <c>category</c> or its <c>code</c> is one of <see cref="ReferralCodes"/>; an empty list makes every ServiceRequest one.
/// </summary>
public sealed record FhirReaderOptions
{
    public IReadOnlyList<FhirCoding> ReferralCodes { get; init; } = [FhirCoding.PatientReferral];

    public FhirReadLimits Limits { get; init; } = new();
}
