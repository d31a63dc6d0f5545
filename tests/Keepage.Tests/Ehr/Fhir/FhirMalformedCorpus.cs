using System.Text;

namespace Keepage.Tests.Ehr.Fhir;

/// <summary>
/// A deterministic corpus of malformed FHIR inputs (JSON, NDJSON, XML), 13 per kind. Values that would be PHI carry the
/// word CANARY so tests can check that no rejection reason repeats them.
/// </summary>
internal static class FhirMalformedCorpus
{
    public const string Canary = "CANARY";
    public const int PerKind = 13;
    private const int Seed = 20_240_605;

    public static IReadOnlyList<string> Kinds { get; } =
    [
        "truncated", "binary_junk", "wrong_encoding", "deep_nesting", "wrong_resource_type", "bad_dates", "wrong_json_types",
        "huge_fields", "broken_xml", "xml_entities", "unmappable_referral", "duplicate_properties", "not_an_object",
        "broken_escapes", "bundle_bad_entries",
    ];

    public static IReadOnlyList<MalformedInput> Of(string kind)
    {
        var random = new Random(Seed + Kinds.ToList().IndexOf(kind));
        Func<int, byte[]> make = kind switch
        {
            "truncated" => index => FhirMalformedShapes.Truncated(index, random),
            "binary_junk" => index => FhirMalformedShapes.BinaryJunk(index, random),
            "wrong_encoding" => FhirMalformedShapes.WrongEncoding,
            "deep_nesting" => FhirMalformedShapes.DeepNesting,
            "huge_fields" => FhirMalformedShapes.HugeField,
            "broken_xml" => index => Utf8(FhirMalformedTexts.BrokenXml[index]),
            "xml_entities" => index => Utf8(FhirMalformedTexts.XmlEntities(index)),
            "wrong_resource_type" => index => Utf8(Request(("resourceType", FhirMalformedTexts.ResourceTypes[index]))),
            "bad_dates" => index => Utf8(FhirMalformedTexts.BadDate(index)),
            "wrong_json_types" => index => Utf8(Request(FhirMalformedTexts.WrongTypes[index])),
            "unmappable_referral" => index => Utf8(FhirMalformedTexts.Unmappable[index]),
            "duplicate_properties" => index => Utf8(FhirMalformedTexts.Duplicates[index]),
            "not_an_object" => index => Utf8(FhirMalformedTexts.NotObjects[index]),
            "broken_escapes" => index => Utf8(Request(("note", $"[{{\"text\":\"{Canary} {FhirMalformedTexts.BrokenEscapes[index]}\"}}]"))),
            "bundle_bad_entries" => index => Utf8(FhirMalformedTexts.BadBundle(index)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a corpus kind"),
        };
        return [.. Enumerable.Range(0, PerKind).Select(index => new MalformedInput(kind, index, make(index)))];
    }

    /// <summary>A one-line referral ServiceRequest with some properties replaced by raw JSON values (or added).</summary>
    public static string Request(params (string Name, string Json)[] overrides)
    {
        (string Name, string Json)[] defaults =
        [
            ("resourceType", "\"ServiceRequest\""), ("id", "\"sr-x\""), ("status", "\"active\""), ("intent", "\"order\""),
            ("category", $"[{FhirJson.Referral}]"), ("subject", $$"""{"reference":"Patient/{{Canary}}-1","display":"{{Canary}} Patient"}"""),
            ("authoredOn", "\"2024-03-05\""), ("requester", FhirJson.Reference("Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|1234567893")),
        ];
        var properties = defaults.Select(property => overrides.FirstOrDefault(o => o.Name == property.Name) is { Name: not null } o ? o : property)
            .Concat(overrides.Where(o => defaults.All(property => property.Name != o.Name)));
        return "{" + string.Join(",", properties.Select(property => $"\"{property.Name}\":{property.Json}")) + "}";
    }

    public static string ValidRequest(string id) =>
        FhirJson.ServiceRequest(id, requester: FhirJson.Reference("Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|1234567893"),
            subject: $$"""{"reference":"Patient/{{Canary}}-{{id}}","display":"{{Canary}} Name"}""");

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
