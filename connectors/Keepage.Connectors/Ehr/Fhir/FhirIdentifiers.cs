using Hl7.Fhir.Model;

namespace Keepage.Connectors.Ehr.Fhir;

/// <summary>Identifier systems and the small reads on identifiers and codeable concepts the mappers share.</summary>
internal static class FhirIdentifiers
{
    public const string NpiSystem = "http://hl7.org/fhir/sid/us-npi";

    // Some senders use the NPI OID as a URI instead of the us-npi naming system.
    public const string NpiOid = "urn:oid:2.16.840.1.113883.4.6";

    public static bool IsNpiSystem(string? system) => system is NpiSystem or NpiOid;

    public static string? NpiOf(IEnumerable<Identifier> identifiers) =>
        identifiers.Select(NpiOf).FirstOrDefault(npi => npi is not null);

    public static string? NpiOf(Identifier? identifier) =>
        identifier is not null && IsNpiSystem(identifier.System) ? Value(identifier) : null;

    public static string? Value(Identifier? identifier) =>
        string.IsNullOrWhiteSpace(identifier?.Value) ? null : identifier.Value.Trim();

    /// <summary>The identifier's system, or null when it has none.</summary>
    public static string? SystemOf(Identifier? identifier) =>
        string.IsNullOrWhiteSpace(identifier?.System) ? null : identifier.System.Trim();

    public static bool HasType(Identifier identifier, string typeCode) =>
        identifier.Type?.Coding.Any(coding => coding.Code == typeCode) == true;

    /// <summary>The first coding's display, else the concept's text: terminology wording before free text.</summary>
    public static string? Wording(CodeableConcept? concept) =>
        concept?.Coding.Select(coding => coding.Display).FirstOrDefault(display => !string.IsNullOrWhiteSpace(display))
        ?? (string.IsNullOrWhiteSpace(concept?.Text) ? null : concept.Text);
}
