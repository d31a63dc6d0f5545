using Hl7.Fhir.Model;

namespace Keepage.Connectors.Ehr.Fhir;

/// <summary>
/// What the reader keeps about a Practitioner, PractitionerRole or Organization to resolve references: its NPI, a
/// display name, a specialty, and for a role the reference to its practitioner (resolved when looked up, so order in
/// the file does not matter). Nothing else is kept: no addresses, telecoms or other identifiers.
/// </summary>
internal sealed record ProviderCard(string? Npi, string? Name, string? Specialty, ResourceReference? Practitioner)
{
    public static ProviderCard? From(Resource resource) => resource switch
    {
        Practitioner practitioner => new(
            FhirIdentifiers.NpiOf(practitioner.Identifier), NameOf(practitioner.Name.FirstOrDefault()), null, null),
        PractitionerRole role => new(
            FhirIdentifiers.NpiOf(role.Identifier), role.Practitioner?.Display,
            FhirIdentifiers.Wording(role.Specialty.FirstOrDefault()), role.Practitioner),
        Organization organization => new(FhirIdentifiers.NpiOf(organization.Identifier), organization.Name, null, null),
        _ => null,
    };

    private static string? NameOf(HumanName? name)
    {
        if (name is null)
            return null;
        if (!string.IsNullOrWhiteSpace(name.Text))
            return name.Text.Trim();
        var parts = name.Prefix.Concat(name.Given).Append(name.Family).Where(part => !string.IsNullOrWhiteSpace(part));
        var joined = string.Join(' ', parts);
        return joined.Length == 0 ? null : joined;
    }
}
