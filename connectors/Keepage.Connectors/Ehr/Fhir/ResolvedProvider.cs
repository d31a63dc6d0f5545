namespace Keepage.Connectors.Ehr.Fhir;

/// <summary>What a requester or performer reference resolved to; any part may be unknown.</summary>
internal sealed record ResolvedProvider(string? Npi, string? Name, string? Specialty)
{
    public static ResolvedProvider None { get; } = new(null, null, null);
}
