using Keepage.Connectors.Ehr.Hl7v2.Wire;

namespace Keepage.Connectors.Ehr.Hl7v2;

/// <summary>
/// Providers out of PRD segments and XCN fields. An identifier is an NPI when its type code is <c>NPI</c> or its
/// assigning authority is the NPI OID; a bare local id (<c>0310^REFER^LINDA</c>) is not one, and only the name is
/// kept. Names are the provider's (not the patient's): given, middle, family and suffix, without title or degree.
/// </summary>
internal static class Hl7v2Providers
{
    /// <summary>The NPI OID (CMS NPPES) as it appears in an HD assigning authority.</summary>
    public const string NpiOid = "2.16.840.1.113883.4.6";

    private const int MaxRepetitions = 25;

    /// <summary>The PRD segment whose PRD-1 (provider role, table 0286) holds <paramref name="role"/> (RP, RT, ...).</summary>
    public static Hl7v2Segment? ByRole(Hl7v2Message message, string role) =>
        message.All("PRD").FirstOrDefault(prd => prd.Field(1).Repetitions(MaxRepetitions)
            .Any(repetition => MessageFields.IsCode(repetition.Component(1), role)));

    /// <summary>PRD-7 identifiers (PLN: id^type, or CX: id^^^authority^type) and the PRD-2 name.</summary>
    public static ProviderIdentity? FromPrd(Hl7v2Segment? prd, MessageFields fields)
    {
        if (prd is null)
            return null;
        var label = MessageFields.Label(prd.Id, 7);
        var npi = prd.Field(7).Repetitions(MaxRepetitions)
            .Where(IsNpiIdentifier)
            .Select(id => fields.Text(id.Component(1), label))
            .FirstOrDefault(id => id is not null);
        var name = PersonName(fields, prd.Field(2).Repetition(1), MessageFields.Label(prd.Id, 2), first: 1);
        return npi is null && name is null ? null : new(npi, name, label);
    }

    /// <summary>An XCN field (ORC-12, OBR-16, PV1-8, RF1-20 ...): the first repetition with an NPI, else the first with a name or id.</summary>
    public static ProviderIdentity? FromXcn(Hl7v2Segment? segment, int field, MessageFields fields)
    {
        if (segment is null)
            return null;
        var label = MessageFields.Label(segment.Id, field);
        var repetitions = segment.Field(field).Repetitions(MaxRepetitions)
            .Where(repetition => !repetition.IsEmpty && !repetition.IsNull).ToList();
        if (repetitions.Count == 0)
            return null;
        var chosen = repetitions.FirstOrDefault(IsNpiPerson, repetitions[0]);
        var npi = IsNpiPerson(chosen) ? fields.Text(chosen.Component(1), label) : null;
        var name = PersonName(fields, chosen, label, first: 2);
        return npi is null && name is null ? null : new(npi, name, label);
    }

    // PLN (id^type^state^expiry) names the type in component 2; some senders use CX (id^^^authority^type) instead.
    private static bool IsNpiIdentifier(Hl7v2Value id) =>
        MessageFields.IsCode(id.Component(2), "NPI") || MessageFields.IsCode(id.Component(5), "NPI") || IsNpiAuthority(id.Component(4));

    // XCN-13 identifier type code, or XCN-9 assigning authority.
    private static bool IsNpiPerson(Hl7v2Value xcn) =>
        MessageFields.IsCode(xcn.Component(13), "NPI") || IsNpiAuthority(xcn.Component(9));

    private static bool IsNpiAuthority(Hl7v2Value authority) =>
        MessageFields.IsCode(authority.Subcomponent(2), NpiOid) || MessageFields.IsCode(authority.Subcomponent(1), "NPI");

    // XPN starts at component 1 (family), XCN at component 2 (after the id): family, given, middle, suffix.
    private static string? PersonName(MessageFields fields, Hl7v2Value name, string label, int first)
    {
        var family = fields.Text(name.Component(first).Subcomponent(1), label);
        var given = fields.Text(name.Component(first + 1), label);
        var middle = fields.Text(name.Component(first + 2), label);
        var suffix = fields.Text(name.Component(first + 3), label);
        // Words are re-joined so a \.br\ or doubled space inside a name does not survive into the display name.
        var words = new[] { given, middle, family, suffix }
            .SelectMany(part => part?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) ?? []);
        var joined = string.Join(' ', words);
        return joined.Length == 0 ? null : joined;
    }
}
