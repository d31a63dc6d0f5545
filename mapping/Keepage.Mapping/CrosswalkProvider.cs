namespace Keepage.Mapping;

/// <summary>One row of a provider crosswalk: an EHR's local provider id and the NPI, name and practice it stands for.</summary>
public sealed record CrosswalkProvider(
    string ProviderId,
    string? Npi,
    string? Name = null,
    string? PracticeId = null,
    string? PracticeName = null);
