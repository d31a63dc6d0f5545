using Hl7.Fhir.Model;

namespace Keepage.Connectors.Ehr.Fhir;

/// <summary>One numbered resource of a file (a Bundle entry, an NDJSON line, a single resource), or why it is unreadable.</summary>
internal sealed record FhirUnit(int Number, Resource? Resource, string? FullUrl, string? Problem);
