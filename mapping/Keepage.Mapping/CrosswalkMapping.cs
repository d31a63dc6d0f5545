namespace Keepage.Mapping;

/// <summary>
/// A profile's <c>crosswalk</c> section: the columns holding local provider ids to translate through a
/// <see cref="ProviderCrosswalk"/>, and where the crosswalk file is (or null when it is given on the command line).
/// </summary>
public sealed record CrosswalkMapping
{
    /// <summary>The crosswalk CSV; a relative path is relative to the profile file.</summary>
    public string? Path { get; init; }

    public IReadOnlyList<string> ReferringProviderIdColumns { get; init; } = [];

    public IReadOnlyList<string> ReferredToProviderIdColumns { get; init; } = [];
}
