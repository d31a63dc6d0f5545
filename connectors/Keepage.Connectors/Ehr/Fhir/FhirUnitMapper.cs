using Hl7.Fhir.Model;
using Keepage.Core.Ingest;

namespace Keepage.Connectors.Ehr.Fhir;

/// <summary>
/// Decides what each unit is: a ServiceRequest (a referral), an Appointment or Encounter (an update), an unknown
/// resource type (rejected), or reference data (Practitioner, PractitionerRole, Organization, Patient, Task, ...) that
/// is only remembered for resolving references and gives no record.
/// </summary>
internal sealed class FhirUnitMapper(
    ServiceRequestMapper requests, ReferralEventMapper events, ProviderDirectory providers, ServiceRequestIndex serviceRequests)
{
    public void Remember(FhirUnit unit)
    {
        if (unit.Resource is ServiceRequest request)
            serviceRequests.Remember(request, unit.FullUrl);
        else if (unit.Resource is not null)
            providers.Remember(unit.Resource, unit.FullUrl);
    }

    public MappedRecord? Map(FhirUnit unit)
    {
        if (unit.Resource is not { } resource)
            return MappedRecord.Rejected(unit.Number, unit.Problem ?? "the resource could not be read");
        try
        {
            return resource switch
            {
                ServiceRequest request => requests.Map(unit.Number, request),
                Appointment appointment => events.Map(unit.Number, appointment),
                Encounter encounter => events.Map(unit.Number, encounter),
                DynamicResource unknown => MappedRecord.Rejected(unit.Number, UnknownType(unknown)),
                _ => null,
            };
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Firely can throw on reading an element whose stored value has the wrong type; its message quotes the value.
            return MappedRecord.Rejected(unit.Number, $"the {resource.TypeName} could not be mapped ({exception.GetType().Name})");
        }
    }

    // The type name is echoed only when it is the known STU3 name; anything else the sender wrote could be PHI.
    private static string UnknownType(DynamicResource resource) => resource.TypeName switch
    {
        "ReferralRequest" => "ReferralRequest is a DSTU2/STU3 resource; only FHIR R4 ServiceRequest is read",
        ['U', 'n', 'n', 'a', 'm', 'e', 'd', 'R', 'e', 's', 'o', 'u', 'r', 'c', 'e', ..] => "the resource has no resourceType",
        _ => "resourceType is not a FHIR R4 resource type",
    };
}
