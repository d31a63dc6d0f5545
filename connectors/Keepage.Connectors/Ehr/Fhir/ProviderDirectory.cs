using Hl7.Fhir.Model;

namespace Keepage.Connectors.Ehr.Fhir;

/// <summary>
/// Practitioners, roles and organizations seen so far by one reader, across the files it reads: a bulk export puts
/// Practitioner and ServiceRequest in separate files, so a requester must resolve against an earlier file. Bounded; once
/// full, new providers are not remembered (references to them fall back to their display name). Not thread-safe.
/// </summary>
internal sealed class ProviderDirectory(int capacity)
{
    private readonly Dictionary<string, ProviderCard> _cards = new(StringComparer.Ordinal);

    public void Remember(Resource resource, string? fullUrl)
    {
        if (ProviderCard.From(resource) is not { } card)
            return;
        foreach (var key in ResourceKeys.Of(resource, IdentifiersOf(resource), fullUrl))
        {
            if (_cards.Count < capacity || _cards.ContainsKey(key))
                _cards[key] = card;
        }
    }

    public ProviderCard? Find(string key) => _cards.GetValueOrDefault(key);

    private static IEnumerable<Identifier> IdentifiersOf(Resource resource) => resource switch
    {
        Practitioner practitioner => practitioner.Identifier,
        PractitionerRole role => role.Identifier,
        Organization organization => organization.Identifier,
        _ => [],
    };
}
