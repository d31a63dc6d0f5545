using Keepage.Connectors.Ehr.Fhir;

namespace Keepage.Tests.Ehr.Fhir;

/// <summary>Which ServiceRequests are referrals: a configured code in category or code.</summary>
public sealed class FhirReferralCodeTests
{
    private const string Requester = """{"identifier":{"system":"http://hl7.org/fhir/sid/us-npi","value":"1234567893"}}""";

    private static string Request(string? category, string? code) =>
        "{\"resourceType\":\"ServiceRequest\",\"id\":\"sr\",\"status\":\"active\",\"authoredOn\":\"2024-01-02\",\"requester\":" + Requester +
        (category is null ? "" : $",\"category\":[{category}]") + (code is null ? "" : $",\"code\":{code}") + "}";

    private static string Concept(string system, string code) => $$"""{"coding":[{"system":"{{system}}","code":"{{code}}"}]}""";

    [Fact]
    public async Task AcceptsTheReferralCodeInCategory()
    {
        Assert.Equal("sr", (await FhirRead.ReferralAsync(Request(FhirJson.Referral, null))).ReferralId);
    }

    [Fact]
    public async Task AcceptsTheReferralCodeInCode()
    {
        Assert.Null((await FhirRead.ReferralAsync(Request(null, FhirJson.Referral))).ServiceLine);
    }

    [Fact]
    public async Task RejectsAServiceRequestWithoutAConfiguredCode()
    {
        var reason = await FhirRead.RejectionAsync(Request(Concept("http://snomed.info/sct", "108252007"), null));

        Assert.Equal("ServiceRequest is not a referral: no category or code is a configured referral code", reason);
    }

    [Fact]
    public async Task MatchesSystemAndCodeExactly()
    {
        await FhirRead.RejectionAsync(Request(Concept("http://example.org/local", "3457005"), null));
    }

    [Fact]
    public async Task ReadsEveryServiceRequestWhenNoCodesAreConfigured()
    {
        var reader = FhirRead.NewReader(new FhirReaderOptions { ReferralCodes = [] });

        var referral = await FhirRead.ReferralAsync(Request(null, Concept("http://www.ama-assn.org/go/cpt", "99242")), reader);

        Assert.Equal("99242", referral.ProcedureCode);
    }
}
