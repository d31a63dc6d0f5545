namespace Keepage.Connectors.Ehr.Fhir;

internal enum FhirReferenceKind
{
    Contained,
    Conditional,
    Literal,
}
