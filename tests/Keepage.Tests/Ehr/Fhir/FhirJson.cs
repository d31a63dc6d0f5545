namespace Keepage.Tests.Ehr.Fhir;

/// <summary>Small synthetic FHIR R4 resources for tests. NPIs 1234567893 and 1245319599 pass the check digit.</summary>
internal static class FhirJson
{
    public const string ValidNpi = "1234567893";
    public const string OtherValidNpi = "1245319599";
    public const string Referral = """{"coding":[{"system":"http://snomed.info/sct","code":"3457005","display":"Patient referral"}]}""";

    public static string ServiceRequest(
        string id = "sr-1", string status = "active", string? requester = null, string? performer = null,
        string? contained = null, string? authoredOn = "2024-03-05T09:30:00-05:00", string subject = """{"reference":"Patient/pat-1"}""",
        string? extra = null)
    {
        var parts = new List<string>
        {
            "\"resourceType\":\"ServiceRequest\"", $"\"id\":\"{id}\"", $"\"status\":\"{status}\"", "\"intent\":\"order\"",
            $"\"category\":[{Referral}]", $"\"subject\":{subject}",
        };
        if (authoredOn is not null)
            parts.Add($"\"authoredOn\":\"{authoredOn}\"");
        if (extra is not null)
            parts.Add(extra);
        if (requester is not null)
            parts.Add($"\"requester\":{requester}");
        if (performer is not null)
            parts.Add($"\"performer\":[{performer}]");
        if (contained is not null)
            parts.Add($"\"contained\":[{contained}]");
        return "{" + string.Join(",", parts) + "}";
    }

    public static string Practitioner(string id, string npi) =>
        $$"""{"resourceType":"Practitioner","id":"{{id}}","identifier":[{"system":"http://hl7.org/fhir/sid/us-npi","value":"{{npi}}"}],"name":[{"family":"Osler","given":["William"]}]}""";

    public static string Bundle(params (string? FullUrl, string Resource)[] entries) =>
        """{"resourceType":"Bundle","type":"collection","entry":[""" +
        string.Join(",", entries.Select(entry => entry.FullUrl is null
            ? $$"""{"resource":{{entry.Resource}}}"""
            : $$"""{"fullUrl":"{{entry.FullUrl}}","resource":{{entry.Resource}}}""")) +
        "]}";

    public static string Reference(string reference) => $$"""{"reference":"{{reference}}"}""";

    public static string Appointment(string status, string basedOn, string start = "2024-04-02T14:00:00Z") =>
        $$"""{"resourceType":"Appointment","id":"ap-1","status":"{{status}}","basedOn":[{{basedOn}}],"start":"{{start}}","end":"2024-04-02T15:00:00Z","created":"2024-03-20","participant":[{"status":"accepted"}]}""";

    public static string Encounter(string status, string basedOn) =>
        $$$"""{"resourceType":"Encounter","id":"en-1","status":"{{{status}}}","class":{"code":"AMB"},"basedOn":[{{{basedOn}}}],"period":{"start":"2024-04-02T14:00:00-05:00","end":"2024-04-03T10:00:00-05:00"}}""";
}
