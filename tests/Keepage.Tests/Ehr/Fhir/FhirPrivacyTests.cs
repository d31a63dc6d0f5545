using static Keepage.Tests.Ehr.Fhir.FhirJson;

namespace Keepage.Tests.Ehr.Fhir;

/// <summary>Patient ids, names, birth dates and addresses never reach the store, and rejection reasons carry no values.</summary>
public sealed class FhirPrivacyTests : IDisposable
{
    private readonly FhirIngest _ingest = new();

    public void Dispose() => _ingest.Dispose();

    [Fact]
    public async Task StoresOnlyThePseudonymOfThePatient()
    {
        const string patient = """{"resourceType":"Patient","id":"PATID-CANARY","identifier":[{"type":{"coding":[{"code":"MR"}]},"value":"MRN-CANARY"}],"name":[{"family":"Canaryname"}],"birthDate":"1961-07-14","address":[{"line":["1 Canary Lane"]}]}""";
        var request = ServiceRequest(requester: Reference($"Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|{ValidNpi}"),
            subject: """{"reference":"Patient/PATID-CANARY","display":"Canaryname, Ann"}""");
        var broken = ServiceRequest("sr-2", status: "CANARY-STATUS", requester: Reference("#x"));

        await _ingest.IngestAsync("bundle.json", Bundle((null, patient), (null, request), (null, broken)));

        var referral = await _ingest.ReferralAsync("sr-1");
        Assert.Equal(FhirIngest.Pseudonymizer.Pseudonymize("PATID-CANARY"), referral.PatientKey);
        var stored = _ingest.StoredText();
        Assert.DoesNotContain("CANARY", stored, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("1961-07-14", stored, StringComparison.Ordinal);
        Assert.Equal("ServiceRequest.status is not a FHIR request status", Assert.Single(await _ingest.QuarantineAsync()).Reason);
    }

    [Theory]
    [InlineData("""{"reference":"Patient/p1","display":"CANARY Smith"}""")]
    [InlineData("""{"reference":"RelatedPerson/r1","display":"CANARY Smith"}""")]
    [InlineData("""{"type":"Patient","identifier":{"value":"MRN-1"},"display":"CANARY Smith"}""")]
    public async Task NeverTakesAPatientRequesterAsTheReferringProvider(string requester)
    {
        var receipt = await _ingest.IngestAsync("request.json", ServiceRequest(requester: requester));

        Assert.Equal(1, receipt.Quarantined);
        Assert.Equal("missing referring provider", Assert.Single(await _ingest.QuarantineAsync()).Reason);
        Assert.DoesNotContain("CANARY", _ingest.StoredText(), StringComparison.OrdinalIgnoreCase);
    }
}
