using YamlDotNet.RepresentationModel;

namespace Keepage.Mapping.Loading;

/// <summary>Reads a profile's <c>crosswalk</c> section: <c>path</c> and the local provider id columns.</summary>
internal sealed class CrosswalkMappingReader(ProfileYaml yaml)
{
    private const string ReferringKey = "referring_provider_id";
    private const string ReferredToKey = "referred_to_provider_id";
    private static readonly string[] Keys = ["path", ReferringKey, ReferredToKey];

    public CrosswalkMapping Read(YamlNode node)
    {
        var entries = yaml.Entries(yaml.Mapping(node, "crosswalk"), "crosswalk", Keys).ToDictionary(entry => entry.Key, entry => entry.Value);
        var mapping = new CrosswalkMapping
        {
            Path = entries.TryGetValue("path", out var path) ? yaml.NonEmpty(path, "the crosswalk path") : null,
            ReferringProviderIdColumns = entries.TryGetValue(ReferringKey, out var referring)
                ? yaml.OneOrMany(referring, $"the column of {ReferringKey}") : [],
            ReferredToProviderIdColumns = entries.TryGetValue(ReferredToKey, out var referredTo)
                ? yaml.OneOrMany(referredTo, $"the column of {ReferredToKey}") : [],
        };
        return mapping.ReferringProviderIdColumns.Count + mapping.ReferredToProviderIdColumns.Count > 0
            ? mapping
            : throw yaml.Error(node, $"crosswalk must name the column of {ReferringKey} or {ReferredToKey}");
    }
}
