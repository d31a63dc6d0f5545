using Hl7.Fhir.Model;

namespace Keepage.Connectors.Ehr.Fhir;

/// <summary>
/// The referral id an Appointment or Encounter <c>basedOn</c> points at: a literal <c>ServiceRequest/id</c> gives the
/// id; a fullUrl, conditional or identifier reference gives the id of the ServiceRequest remembered under it, else the
/// identifier value (an update held until a referral with that id arrives). Contained requests are not referrals.
/// </summary>
internal sealed class BasedOnReferrals(ServiceRequestIndex index)
{
    private const string ServiceRequestType = "ServiceRequest";

    public string? ReferralIdOf(IEnumerable<ResourceReference> basedOn) =>
        basedOn.Select(ReferralIdOf).FirstOrDefault(id => id is not null);

    private string? ReferralIdOf(ResourceReference reference) => FhirReference.Parse(reference.Reference) switch
    {
        { Kind: FhirReferenceKind.Literal, Type: ServiceRequestType } literal => index.Find(literal.Text) ?? literal.Id,
        { Kind: FhirReferenceKind.Literal, Type: null } fullUrl => index.Find(fullUrl.Text),
        { Kind: FhirReferenceKind.Conditional, Type: ServiceRequestType, Value: { } value } conditional =>
            index.Find(ResourceKeys.Identifier(ServiceRequestType, conditional.System, value)) ?? value,
        null => ByIdentifier(reference),
        _ => null,
    };

    private string? ByIdentifier(ResourceReference reference)
    {
        if (FhirIdentifiers.Value(reference.Identifier) is not { } value)
            return null;
        if (reference.Type is { } type && !type.EndsWith(ServiceRequestType, StringComparison.Ordinal))
            return null;
        var system = FhirIdentifiers.SystemOf(reference.Identifier);
        return index.Find(ResourceKeys.Identifier(ServiceRequestType, system, value)) ?? value;
    }
}
