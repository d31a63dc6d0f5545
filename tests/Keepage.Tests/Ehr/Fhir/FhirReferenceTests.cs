using Keepage.Mapping;
using static Keepage.Tests.Ehr.Fhir.FhirJson;

namespace Keepage.Tests.Ehr.Fhir;

/// <summary>Requester and performer references of every style resolve to an NPI.</summary>
public sealed class FhirReferenceTests
{
    [Fact]
    public async Task ResolvesLiteralReferenceWithinTheBundle()
    {
        var bundle = Bundle((null, Practitioner("p1", ValidNpi)), (null, ServiceRequest(requester: Reference("Practitioner/p1"))));

        var referral = await FhirRead.ReferralAsync(bundle);

        Assert.Equal((ValidNpi, "William Osler"), (referral.ReferringNpi, referral.ReferringName));
    }

    [Fact]
    public async Task ResolvesAPractitionerThatComesAfterTheReferralInTheBundle()
    {
        var bundle = Bundle((null, ServiceRequest(requester: Reference("Practitioner/p1"))), (null, Practitioner("p1", ValidNpi)));

        Assert.Equal(ValidNpi, (await FhirRead.ReferralAsync(bundle)).ReferringNpi);
    }

    [Fact]
    public async Task ResolvesUrnUuidFullUrlReference()
    {
        const string fullUrl = "urn:uuid:0c3151bd-1cbf-4d64-b04d-cd9187a4c6e0";
        var bundle = Bundle((fullUrl, """{"resourceType":"Practitioner","identifier":[{"system":"http://hl7.org/fhir/sid/us-npi","value":"1234567893"}]}"""),
            (null, ServiceRequest(requester: Reference(fullUrl))));

        Assert.Equal(ValidNpi, (await FhirRead.ReferralAsync(bundle)).ReferringNpi);
    }

    [Fact]
    public async Task ResolvesAbsoluteUrlReferenceAgainstRelativeKey()
    {
        var bundle = Bundle((null, Practitioner("p1", ValidNpi)),
            (null, ServiceRequest(requester: Reference("https://ehr.example.org/fhir/Practitioner/p1/_history/3"))));

        Assert.Equal(ValidNpi, (await FhirRead.ReferralAsync(bundle)).ReferringNpi);
    }

    [Fact]
    public async Task ResolvesContainedReference()
    {
        var request = ServiceRequest(requester: Reference("#req"), contained: Practitioner("req", ValidNpi));

        Assert.Equal(ValidNpi, (await FhirRead.ReferralAsync(request)).ReferringNpi);
    }

    [Fact]
    public async Task TakesTheNpiOfAConditionalReference()
    {
        var request = ServiceRequest(requester: Reference($"Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|{ValidNpi}"));

        Assert.Equal(ValidNpi, (await FhirRead.ReferralAsync(request)).ReferringNpi);
    }

    [Fact]
    public async Task ResolvesAConditionalReferenceByAnotherIdentifierThroughAnEarlierFile()
    {
        var reader = FhirRead.NewReader();
        await FhirRead.AllAsync("""{"resourceType":"Practitioner","id":"x","identifier":[{"system":"urn:local","value":"D-7"},{"system":"http://hl7.org/fhir/sid/us-npi","value":"1245319599"}]}""", reader);

        var referral = await FhirRead.ReferralAsync(ServiceRequest(requester: Reference("Practitioner?identifier=urn%3Alocal%7CD-7")), reader);

        Assert.Equal(OtherValidNpi, referral.ReferringNpi);
    }

    [Fact]
    public async Task TakesTheNpiOfAnIdentifierOnlyReference()
    {
        var requester = $$"""{"identifier":{"system":"http://hl7.org/fhir/sid/us-npi","value":"{{ValidNpi}}"},"display":"Dr Ada"}""";

        var referral = await FhirRead.ReferralAsync(ServiceRequest(requester: requester));

        Assert.Equal((ValidNpi, "Dr Ada"), (referral.ReferringNpi, referral.ReferringName));
    }

    [Fact]
    public async Task PrefersThePractitionerNpiOverItsRoles()
    {
        var role = $$$"""{"resourceType":"PractitionerRole","id":"r1","identifier":[{"system":"http://hl7.org/fhir/sid/us-npi","value":"{{{OtherValidNpi}}}"}],"practitioner":{"reference":"Practitioner/p1"}}""";
        var bundle = Bundle((null, role), (null, Practitioner("p1", ValidNpi)), (null, ServiceRequest(requester: Reference("PractitionerRole/r1"))));

        Assert.Equal(ValidNpi, (await FhirRead.ReferralAsync(bundle)).ReferringNpi);
    }

    [Fact]
    public async Task ResolvesThePerformerAsTheReferredToProvider()
    {
        var role = """{"resourceType":"PractitionerRole","id":"cardio","practitioner":{"identifier":{"system":"http://hl7.org/fhir/sid/us-npi","value":"1245319599"}},"specialty":[{"coding":[{"system":"http://nucc.org/provider-taxonomy","code":"207RC0000X","display":"Cardiovascular Disease Physician"}]}]}""";
        var request = ServiceRequest(requester: Reference($"Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|{ValidNpi}"), performer: Reference("PractitionerRole/cardio"));

        var referral = await FhirRead.ReferralAsync(Bundle((null, role), (null, request)));

        Assert.Equal((ValidNpi, OtherValidNpi), (referral.ReferringNpi, referral.ReferredToNpi));
        Assert.Equal("Cardiovascular Disease Physician", referral.Specialty);
    }

    [Fact]
    public async Task KeepsTheDisplayNameWhenNoNpiResolves()
    {
        var referral = await FhirRead.ReferralAsync(ServiceRequest(requester: """{"reference":"Practitioner/elsewhere","display":"Dr Who"}"""));

        Assert.Equal((null, "Dr Who"), (referral.ReferringNpi, referral.ReferringName));
    }

    [Fact]
    public async Task RejectsAReferralWithoutAnyReferringProvider()
    {
        Assert.Equal("missing referring provider", await FhirRead.RejectionAsync(ServiceRequest(requester: Reference("Practitioner/elsewhere"))));
        Assert.Equal("missing referring provider", await FhirRead.RejectionAsync(ServiceRequest()));
    }

    [Fact]
    public async Task FlagsInvalidNpisWithoutRejecting()
    {
        var request = ServiceRequest(
            requester: Reference("Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|1234567890"),
            performer: """{"identifier":{"system":"http://hl7.org/fhir/sid/us-npi","value":"12345"}}""");

        var referral = await FhirRead.ReferralAsync(request);

        Assert.Equal([ReferralFlags.InvalidReferringNpi, ReferralFlags.InvalidReferredToNpi], referral.Flags);
        Assert.Equal(("1234567890", "12345"), (referral.ReferringNpi, referral.ReferredToNpi));
    }
}
