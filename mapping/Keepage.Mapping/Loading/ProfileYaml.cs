using YamlDotNet.RepresentationModel;

namespace Keepage.Mapping.Loading;

/// <summary>Typed access to YAML nodes that reports every problem at the node's line and column.</summary>
internal sealed class ProfileYaml(string origin)
{
    public MappingProfileException Error(YamlNode node, string problem) =>
        new(origin, node.Start.Line, node.Start.Column, problem);

    public YamlMappingNode Mapping(YamlNode node, string what) =>
        node as YamlMappingNode ?? throw Error(node, $"{what} must be a mapping of keys to values");

    public string Scalar(YamlNode node, string what) =>
        node is YamlScalarNode { Value: { } value } ? value : throw Error(node, $"{what} must be a single value");

    public string NonEmpty(YamlNode node, string what)
    {
        var value = Scalar(node, what).Trim();
        return value.Length > 0 ? value : throw Error(node, $"{what} must not be empty");
    }

    public bool Boolean(YamlNode node, string what) =>
        bool.TryParse(Scalar(node, what), out var value) ? value : throw Error(node, $"{what} must be true or false");

    /// <summary>A single value or a list of values (for column aliases and date formats).</summary>
    public IReadOnlyList<string> OneOrMany(YamlNode node, string what)
    {
        if (node is not YamlSequenceNode sequence)
            return [NonEmpty(node, what)];
        var values = sequence.Children.Select(child => NonEmpty(child, what)).ToList();
        return values.Count > 0 ? values : throw Error(node, $"{what} must list at least one value");
    }

    /// <summary>The entries of a mapping whose keys must be among <paramref name="allowedKeys"/>.</summary>
    public IEnumerable<(string Key, YamlNode KeyNode, YamlNode Value)> Entries(
        YamlMappingNode mapping, string what, IReadOnlyCollection<string> allowedKeys)
    {
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = Scalar(keyNode, $"a key of {what}");
            if (allowedKeys.Count > 0 && !allowedKeys.Contains(key))
                throw Error(keyNode, $"unknown key '{key}' in {what}; expected one of: {string.Join(", ", allowedKeys)}");
            yield return (key, keyNode, value);
        }
    }
}
