using Hl7.Fhir.Model;

namespace Keepage.Connectors.Ehr.Fhir;

/// <summary>
/// The keys a resource is remembered under: its <c>fullUrl</c> in a Bundle, <c>Type/id</c>, and <c>Type?system|value</c>
/// for each identifier (plus <c>Type?|value</c>, for references that give a value without a system).
/// </summary>
internal static class ResourceKeys
{
    public static string Literal(string type, string id) => $"{type}/{id}";

    public static string Identifier(string type, string? system, string value) => $"{type}?{system}|{value}";

    public static IEnumerable<string> Of(Resource resource, IEnumerable<Identifier> identifiers, string? fullUrl)
    {
        if (!string.IsNullOrWhiteSpace(fullUrl))
            yield return fullUrl.Trim();
        if (!string.IsNullOrWhiteSpace(resource.Id))
            yield return Literal(resource.TypeName, resource.Id);
        foreach (var identifier in identifiers)
        {
            if (FhirIdentifiers.Value(identifier) is not { } value)
                continue;
            if (!string.IsNullOrWhiteSpace(identifier.System))
                yield return Identifier(resource.TypeName, identifier.System.Trim(), value);
            yield return Identifier(resource.TypeName, null, value);
        }
    }
}
