namespace Keepage.Functions.Admin;

/// <summary>
/// A sample export to run through a profile: <see cref="ProfileYaml"/> (a draft being edited) or the built-in or
/// deployed profile named <see cref="Profile"/>; the first <see cref="Rows"/> records are mapped.
/// </summary>
public sealed record MappingPreviewRequest(string Sample, string? ProfileYaml = null, string? Profile = null, int Rows = 20);
