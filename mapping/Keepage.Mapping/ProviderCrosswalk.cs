namespace Keepage.Mapping;

/// <summary>
/// Local provider id to NPI, as the admin supplies it (a CSV with <c>provider_id,npi,name,practice_id,practice_name</c>).
/// EHRs such as Epic export their internal provider ids, not NPIs (docs/epic-ehi.md). Ids match exactly after trimming.
/// </summary>
public sealed class ProviderCrosswalk
{
    private readonly Dictionary<string, CrosswalkProvider> _byId = new(StringComparer.Ordinal);

    public ProviderCrosswalk(IEnumerable<CrosswalkProvider> providers)
    {
        ArgumentNullException.ThrowIfNull(providers);
        foreach (var provider in providers)
        {
            if (!_byId.TryAdd(provider.ProviderId.Trim(), provider))
                throw new MappingProfileException("The provider crosswalk lists the same provider id twice.");
        }
    }

    public int Count => _byId.Count;

    public bool TryFind(string providerId, out CrosswalkProvider provider)
    {
        ArgumentNullException.ThrowIfNull(providerId);
        return _byId.TryGetValue(providerId.Trim(), out provider!);
    }
}
