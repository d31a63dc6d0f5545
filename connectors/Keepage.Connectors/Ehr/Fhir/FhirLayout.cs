namespace Keepage.Connectors.Ehr.Fhir;

/// <summary>How a FHIR export file is laid out, told from its first non-blank line.</summary>
internal enum FhirLayout
{
    Empty,
    Ndjson,
    JsonDocument,
    XmlDocument,
    NotFhir,
    Utf16Json,
}
