using static Keepage.Tests.Ehr.Fhir.FhirMalformedCorpus;

namespace Keepage.Tests.Ehr.Fhir;

/// <summary>The hand-written malformed variants of the corpus, 13 per kind.</summary>
internal static class FhirMalformedTexts
{
    private const string Ns = "xmlns=\"http://hl7.org/fhir\"";

    public static readonly string[] ResourceTypes =
    [
        "\"Foo\"", "\"ReferralRequest\"", "\"\"", "123", "null", "[\"ServiceRequest\"]", "{\"a\":1}", "\"servicerequest\"",
        "\"Service Request\"", $"\"{Canary}-Type\"", "true", "\"ServiceRequest\\u0000\"", "\"Patient/1\"",
    ];

    public static readonly (string Name, string Json)[] WrongTypes =
    [
        ("status", "123"), ("status", "true"), ("status", "[\"active\"]"), ("requester", "\"Practitioner/1\""),
        ("requester", "[{\"reference\":\"Practitioner/1\"}]"), ("subject", $"\"Patient/{Canary}\""), ("identifier", $"{{\"value\":\"{Canary}\"}}"),
        ("category", "{\"coding\":[]}"), ("authoredOn", "{\"x\":1}"), ("contained", "{\"resourceType\":\"Practitioner\"}"),
        ("performer", "{\"reference\":\"Practitioner/2\"}"), ("code", "[{\"text\":\"x\"}]"), ("priority", "5"),
    ];

    public static readonly string[] BrokenEscapes =
    [
        "\\ud800", "\\udc00x", "\\x41", "\\u12", "\\u12G4", "\\'", "bad \u0001 control", "tab\there", "\\", "\\uDBFF\\uDBFF",
        "\\U0041", "\\a", "\\ud83d\\u0041",
    ];

    public static readonly string[] NotObjects =
    [
        "[]", "[{\"resourceType\":\"ServiceRequest\"}]", "123", $"\"{Canary}\"", "null", "true", "{}", "{\"a\":1}",
        $"{{\"id\":\"{Canary}\"}}", "{\"output\":[]}", "{\"transactionTime\":\"2024-01-01\"}", $"- {Canary}: yaml", "ServiceRequest,active",
    ];

    public static readonly string[] Duplicates =
    [
        Request(("status", "\"active\",\"status\":\"completed\"")),
        Request(("id", "\"a\",\"id\":\"b\"")),
        Request(("resourceType", "\"ServiceRequest\",\"resourceType\":\"Patient\"")),
        Request(("requester", "{\"reference\":\"Practitioner/1\",\"reference\":\"Practitioner/2\"}")),
        Request(("subject", $"{{\"reference\":\"Patient/{Canary}\",\"reference\":\"Patient/2\"}}")),
        Request(("authoredOn", "\"2024-01-01\",\"authoredOn\":\"2024-01-02\"")),
        Request(("intent", "\"order\",\"intent\":\"plan\"")),
        Request(("category", $"[{FhirJson.Referral}],\"category\":[]")),
        Request(("priority", "\"routine\",\"priority\":\"stat\"")),
        Request(("note", $"[{{\"text\":\"{Canary}\",\"text\":\"b\"}}]")),
        FhirJson.Bundle((null, Request(("status", "\"active\",\"status\":\"revoked\"")))),
        Request(("identifier", "[{\"value\":\"a\",\"value\":\"b\"}]")),
        Request(("code", "{\"text\":\"a\",\"text\":\"b\"}")),
    ];

    public static readonly string[] Unmappable =
    [
        Request(("requester", "null")).Replace(",\"requester\":null", "", StringComparison.Ordinal),
        Request(("requester", "{\"reference\":\"Practitioner/nowhere\"}")),
        Request(("requester", "{\"reference\":\"#missing\"}")),
        Request(("id", "null")).Replace("\"id\":null,", "", StringComparison.Ordinal),
        Request(("status", "\"entered-in-error\"")),
        Request(("status", $"\"{Canary}\"")),
        Request(("authoredOn", "\"2024\"")),
        Request(("category", "[{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"108252007\"}]}]")),
        FhirJson.Appointment("entered-in-error", FhirJson.Reference("ServiceRequest/sr-x")),
        FhirJson.Appointment("booked", FhirJson.Reference("#contained-request")),
        FhirJson.Encounter("unknown", FhirJson.Reference("ServiceRequest/sr-x")),
        FhirJson.Appointment("booked", FhirJson.Reference("CarePlan/1")),
        FhirJson.Encounter($"{Canary}", FhirJson.Reference("ServiceRequest/sr-x")),
    ];

    public static readonly string[] BrokenXml =
    [
        $"<ServiceRequest {Ns}><id value=\"x\"/>",
        $"<ServiceRequest {Ns}><id value=\"x\"></status></ServiceRequest>",
        "<ServiceRequest><id value=\"x\"/></ServiceRequest>",
        "<ServiceRequest xmlns=\"http://example.org/not-fhir\"><id value=\"x\"/></ServiceRequest>",
        $"<ServiceRequest {Ns}/><ServiceRequest {Ns}/>",
        $"<ServiceRequest {Ns}><id value=x/></ServiceRequest>",
        $"<ServiceRequest {Ns}><id value=\"<{Canary}\"/></ServiceRequest>",
        $"<ServiceRequest {Ns}><id value=\"&#x1;\"/></ServiceRequest>",
        $"<ServiceRequest {Ns}><id value=\"&{Canary};\"/></ServiceRequest>",
        "<?xml version=\"1.0\"?>",
        $"<ServiceRequest {Ns}><![CDATA[{Canary}</ServiceRequest>",
        $"<ServiceRequest {Ns}><status value=\"active\"/></ServiceRequest>trailing {Canary}",
        $"<Bundle {Ns}><entry><resource><ServiceRequest><status value=\"active\"></resource></entry></Bundle>",
    ];

    public static string XmlEntities(int index)
    {
        var name = $"e{index}";
        var doctype = (index % 4) switch
        {
            0 => $"<!DOCTYPE ServiceRequest [<!ENTITY {name} \"{Canary}{Canary}\"><!ENTITY {name}b \"&{name};&{name};&{name};&{name};\">]>",
            1 => $"<!DOCTYPE ServiceRequest [<!ENTITY {name} SYSTEM \"file:///etc/passwd\">]>",
            2 => $"<!DOCTYPE ServiceRequest [<!ENTITY {name} SYSTEM \"http://127.0.0.1:9/{Canary}\">]>",
            _ => $"<!DOCTYPE ServiceRequest [<!ENTITY % {name} SYSTEM \"http://127.0.0.1:9/p\"> %{name};]>",
        };
        return $"<?xml version=\"1.0\"?>{doctype}<ServiceRequest {Ns}><id value=\"&{name};\"/><status value=\"active\"/></ServiceRequest>";
    }

    public static string BadDate(int index)
    {
        string[] dates =
        [
            "\"2024-13-45\"", "\"12/11/2021\"", $"\"yesterday {Canary}\"", "\"2024-02-30\"", "\"20240102\"", "\"2024-1-2\"",
            "\"0000-00-00\"", "\"2024-01-02T25:00:00Z\"", "\"2024-01-02 10:00:00\"", "\"\"", "20240102",
        ];
        return index < dates.Length
            ? Request(("authoredOn", dates[index]))
            : FhirJson.Appointment("booked", FhirJson.Reference("ServiceRequest/sr-x"), start: index % 2 == 0 ? "not-a-date" : "2024-04-31T10:00:00Z");
    }

    public static string BadBundle(int index)
    {
        string[] entries =
        [
            "{\"id\":\"no-type\"}", Request(("status", "42")), Request(("resourceType", "\"Foo\"")), "[]", "\"text\"",
            Request(("authoredOn", "\"13/13/2013\"")), Request(("requester", "\"x\"")),
        ];
        var chosen = Enumerable.Range(0, 1 + index % 3).Select(offset => entries[(index + offset) % entries.Length]);
        return "{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"entry\":[" +
            string.Join(",", chosen.Select(resource => $"{{\"fullUrl\":\"urn:uuid:{Canary}\",\"resource\":{resource}}}")) + "]}";
    }
}
