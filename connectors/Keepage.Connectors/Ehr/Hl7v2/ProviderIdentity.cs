namespace Keepage.Connectors.Ehr.Hl7v2;

/// <summary>A provider as a message names it: NPI (with the position it came from) and display name.</summary>
internal sealed record ProviderIdentity(string? Npi, string? Name, string NpiPosition);
