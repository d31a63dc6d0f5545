using Hl7.Fhir.Model;

namespace Keepage.Connectors.Ehr.Fhir;

/// <summary>
/// Resolves a reference to a Practitioner, PractitionerRole or Organization to an NPI and a name, through all four
/// reference styles: literal (within the file, or a file read earlier by the same reader), contained (<c>#id</c>),
/// conditional (<c>Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|...</c>) and identifier-only. For a role,
/// the NPI of its practitioner wins over the role's own, since referral KPIs are per individual provider. A reference
/// to a Patient or RelatedPerson (R4 allows both as requester and performer) resolves to nothing: its display is a
/// patient's or relative's name.
/// </summary>
internal sealed class ProviderResolver(ProviderDirectory directory)
{
    private static readonly string[] ProviderTypes = ["Practitioner", "PractitionerRole", "Organization"];
    private static readonly string[] PersonalTypes = ["Patient", "RelatedPerson"];

    public ResolvedProvider Resolve(ResourceReference? reference, DomainResource container)
    {
        if (reference is null || IsPersonal(reference, container))
            return ResolvedProvider.None;
        var card = FindCard(reference, container);
        var npi = DirectNpi(reference) ?? NpiOf(card, container);
        var name = string.IsNullOrWhiteSpace(reference.Display) ? card?.Name : reference.Display.Trim();
        return new ResolvedProvider(npi, name, card?.Specialty);
    }

    private static bool IsPersonal(ResourceReference reference, DomainResource container)
    {
        var parsed = FhirReference.Parse(reference.Reference);
        var type = parsed is { Kind: FhirReferenceKind.Contained }
            ? container.Contained.FirstOrDefault(resource => resource.Id == parsed.Id)?.TypeName
            : parsed?.Type ?? reference.Type?.Split('/')[^1];
        return PersonalTypes.Contains(type);
    }

    private string? NpiOf(ProviderCard? card, DomainResource container)
    {
        if (card is null)
            return null;
        var practitioner = card.Practitioner is { } reference ? DirectNpi(reference) ?? FindCard(reference, container)?.Npi : null;
        return practitioner ?? card.Npi;
    }

    private static string? DirectNpi(ResourceReference reference) =>
        FhirIdentifiers.NpiOf(reference.Identifier)
        ?? (FhirReference.Parse(reference.Reference) is { Kind: FhirReferenceKind.Conditional } conditional
            && FhirIdentifiers.IsNpiSystem(conditional.System) ? conditional.Value : null);

    private ProviderCard? FindCard(ResourceReference reference, DomainResource container)
    {
        var parsed = FhirReference.Parse(reference.Reference);
        if (parsed is { Kind: FhirReferenceKind.Contained })
            return container.Contained.FirstOrDefault(resource => resource.Id == parsed.Id) is { } contained ? ProviderCard.From(contained) : null;
        return KeysOf(parsed).Concat(IdentifierKeys(reference)).Select(directory.Find).FirstOrDefault(card => card is not null);
    }

    private static IEnumerable<string> KeysOf(FhirReference? parsed) => parsed switch
    {
        { Kind: FhirReferenceKind.Conditional, Value: { } value } => [ResourceKeys.Identifier(parsed.Type ?? "", parsed.System, value)],
        { Kind: FhirReferenceKind.Literal } => parsed.LiteralKeys(),
        _ => [],
    };

    private static IEnumerable<string> IdentifierKeys(ResourceReference reference)
    {
        if (FhirIdentifiers.Value(reference.Identifier) is not { } value)
            return [];
        var system = FhirIdentifiers.SystemOf(reference.Identifier);
        var types = reference.Type?.Split('/')[^1] is { Length: > 0 } type ? [type] : ProviderTypes;
        return types.Select(candidate => ResourceKeys.Identifier(candidate, system, value));
    }
}
