namespace Keepage.Functions.Admin;

/// <summary>The answer to "is this profile usable?": the profile's name, source and mapped fields, or its errors.</summary>
public sealed record MappingValidation(bool Valid, string? Name, string? Source, IReadOnlyList<string> Fields, IReadOnlyList<MappingError> Errors);
