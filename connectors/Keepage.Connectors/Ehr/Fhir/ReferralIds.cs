using Hl7.Fhir.Model;

namespace Keepage.Connectors.Ehr.Fhir;

/// <summary>
/// The referral id of a ServiceRequest: its logical id (what Appointment.basedOn and Task.focus point at), else the
/// identifier typed PLAC (the placer's number, as BSeR uses it), else the first identifier with a value.
/// </summary>
internal static class ReferralIds
{
    private const string Placer = "PLAC";

    public static string? Of(ServiceRequest request)
    {
        if (!string.IsNullOrWhiteSpace(request.Id))
            return request.Id.Trim();
        var placer = request.Identifier.FirstOrDefault(identifier => FhirIdentifiers.HasType(identifier, Placer) && FhirIdentifiers.Value(identifier) is not null);
        return FhirIdentifiers.Value(placer ?? request.Identifier.FirstOrDefault(identifier => FhirIdentifiers.Value(identifier) is not null));
    }
}
