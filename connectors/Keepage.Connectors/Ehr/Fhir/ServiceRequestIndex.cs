using Hl7.Fhir.Model;

namespace Keepage.Connectors.Ehr.Fhir;

/// <summary>
/// The referral id of every ServiceRequest seen by one reader, by fullUrl, <c>ServiceRequest/id</c> and identifier, so
/// an Appointment or Encounter whose <c>basedOn</c> names the request by identifier or <c>urn:uuid</c> finds the same id.
/// Bounded like <see cref="ProviderDirectory"/>. Not thread-safe.
/// </summary>
internal sealed class ServiceRequestIndex(int capacity)
{
    private readonly Dictionary<string, string> _referralIds = new(StringComparer.Ordinal);

    public void Remember(ServiceRequest request, string? fullUrl)
    {
        if (ReferralIds.Of(request) is not { } referralId)
            return;
        foreach (var key in ResourceKeys.Of(request, request.Identifier, fullUrl))
        {
            if (_referralIds.Count < capacity || _referralIds.ContainsKey(key))
                _referralIds[key] = referralId;
        }
    }

    public string? Find(string key) => _referralIds.GetValueOrDefault(key);
}
