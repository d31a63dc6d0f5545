namespace Keepage.Connectors.Ehr.Fhir;

/// <summary>One file listed in a bulk <c>$export</c> manifest: its resource type, where to fetch it, and the count if given.</summary>
public sealed record BulkExportFile(string Type, string Url, long? Count);
