using Keepage.Mapping.Loading;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Keepage.Mapping;

/// <summary>
/// Loads a source profile from YAML (docs/mapping-profiles.md). Every problem is a <see cref="MappingProfileException"/>
/// naming the file, line and column: an unknown field or key is an error, never silently ignored.
/// </summary>
public static class SourceProfileLoader
{
    public static SourceProfile LoadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
            throw new MappingProfileException($"The mapping profile '{path}' was not found.");
        var profile = Parse(File.ReadAllText(path), path);
        // A crosswalk named in the profile lives beside it, wherever the command is run from.
        return profile.Crosswalk is { Path: { } crosswalk } && !System.IO.Path.IsPathRooted(crosswalk)
            ? profile with { Crosswalk = profile.Crosswalk with { Path = System.IO.Path.GetFullPath(crosswalk, System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!) } }
            : profile;
    }

    /// <param name="yaml">The profile text.</param>
    /// <param name="origin">What to call the profile in error messages, usually its file name.</param>
    public static SourceProfile Parse(string yaml, string origin = "profile")
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new MappingProfileException(origin, e.Start.Line, e.Start.Column, $"not valid YAML: {e.Message}", e);
        }
        if (stream.Documents.Count != 1)
            throw new MappingProfileException($"{origin}: a mapping profile file holds exactly one YAML document.");
        return new ProfileReader(new ProfileYaml(origin)).Read(stream.Documents[0].RootNode);
    }
}
