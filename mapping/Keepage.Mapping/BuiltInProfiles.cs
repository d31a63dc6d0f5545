namespace Keepage.Mapping;

/// <summary>Profiles shipped inside this assembly (Profiles/*.yaml), loaded once and validated like any admin profile.</summary>
public static class BuiltInProfiles
{
    public const string CanonicalName = "canonical";
    private const string ResourcePrefix = "Keepage.Mapping.Profiles.";

    private static readonly Lazy<SourceProfile> CanonicalProfile = new(() => Load(CanonicalName));

    public static SourceProfile Canonical => CanonicalProfile.Value;

    public static IReadOnlyList<string> Names { get; } =
    [
        .. typeof(BuiltInProfiles).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(name => name[ResourcePrefix.Length..^".yaml".Length]),
    ];

    public static SourceProfile Get(string name)
    {
        var match = Names.FirstOrDefault(known => string.Equals(known, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new MappingProfileException($"There is no built-in mapping profile named '{name}'; built-in: {string.Join(", ", Names)}.");
        return match == CanonicalName ? Canonical : Load(match);
    }

    private static SourceProfile Load(string name)
    {
        var resource = $"{ResourcePrefix}{name}.yaml";
        using var stream = typeof(BuiltInProfiles).Assembly.GetManifestResourceStream(resource)
            ?? throw new MappingProfileException($"There is no built-in mapping profile named '{name}'.");
        using var reader = new StreamReader(stream);
        return SourceProfileLoader.Parse(reader.ReadToEnd(), $"built-in {name}.yaml");
    }
}
