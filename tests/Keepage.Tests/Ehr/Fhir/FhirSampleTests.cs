using Keepage.Connectors.Ehr.Fhir;
using Keepage.Core.Referrals;
using Keepage.Mapping;

namespace Keepage.Tests.Ehr.Fhir;

/// <summary>The public FHIR samples through the real ingest flow into SQLite.</summary>
public sealed class FhirSampleTests : IDisposable
{
    // US Core's example referral is coded as a social service procedure rather than 3457005; a site that sends such
    // referrals configures the code, which is what these options do.
    private static readonly FhirReaderOptions WithUsCoreSocialService = new()
    {
        ReferralCodes = [FhirCoding.PatientReferral, new FhirCoding(FhirCoding.Snomed, "410606002")],
    };

    private readonly FhirIngest _ingest = new(WithUsCoreSocialService);

    public void Dispose() => _ingest.Dispose();

    [Fact]
    public async Task EverySampleIngestsWithoutQuarantine()
    {
        foreach (var name in FhirSamples.AllInReadingOrder())
        {
            var receipt = await _ingest.IngestAsync(name, FhirSamples.Bytes(name));

            Assert.True(receipt.AddsUp, name);
            Assert.Equal((name, 0), (name, receipt.Quarantined));
        }
        Assert.Equal(2, (await _ingest.Store.ListReferralsAsync(TestContext.Current.CancellationToken)).Count);
    }

    [Fact]
    public async Task UsCoreReferralResolvesItsRequesterFromThePractitionerFileReadBefore()
    {
        await _ingest.IngestAsync("practitioner-1.json", FhirSamples.Bytes("us-core_practitioner-1.json"));

        var receipt = await _ingest.IngestAsync("servicerequest-rehab.json", FhirSamples.Bytes("us-core_servicerequest-rehab.json"));

        Assert.Equal((1, 1, 0), (receipt.Read, receipt.Accepted, receipt.Flagged));
        var referral = await _ingest.ReferralAsync("rehab");
        Assert.Equal(("9941339100", "Dr Ronald Bone"), (referral.ReferringNpi, referral.ReferringName));
        Assert.Null(referral.ReferredToNpi);
        Assert.Equal((ReferralStatus.Pending, new DateOnly(2021, 11, 12)), (referral.Status, referral.ReferralDate));
        Assert.Equal(FhirIngest.Pseudonymizer.Pseudonymize("example"), referral.PatientKey);
        Assert.Equal("Alcoholism counseling", referral.ServiceLine);
    }

    [Fact]
    public async Task UsCoreServiceRequestIsNotAReferralUnderTheDefaultCode()
    {
        using var ingest = new FhirIngest();

        var receipt = await ingest.IngestAsync("servicerequest-rehab.json", FhirSamples.Bytes("us-core_servicerequest-rehab.json"));

        Assert.Equal((1, 1), (receipt.Read, receipt.Quarantined));
        Assert.StartsWith("ServiceRequest is not a referral", Assert.Single(await ingest.QuarantineAsync()).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BserXmlReferralTakesThePractitionerRoleNpiAndFlagsItsCheckDigit()
    {
        await _ingest.IngestAsync("initiator.xml", FhirSamples.Bytes("bser_practitionerrole-bser-referral-initiator.xml"));

        var receipt = await _ingest.IngestAsync("referral.xml", FhirSamples.Bytes("bser_servicerequest-BSeR-ReferralServiceRequest.xml"));

        Assert.Equal((1, 1, 1), (receipt.Read, receipt.Accepted, receipt.Flagged));
        var referral = await _ingest.ReferralAsync("servicerequest-BSeR-ReferralServiceRequest");
        Assert.Equal(("1111111111", "Henry Seven, MD"), (referral.ReferringNpi, referral.ReferringName));
        Assert.Equal([ReferralFlags.InvalidReferringNpi], referral.Flags);
        Assert.Null(referral.ReferredToNpi);
        Assert.Equal((ReferralStatus.Pending, new DateOnly(2020, 2, 14)), (referral.Status, referral.ReferralDate));
        Assert.Null(referral.ServiceLine);
    }

    [Fact]
    public async Task BserReferralWithoutItsRoleFileKeepsTheRequesterName()
    {
        var receipt = await _ingest.IngestAsync("referral.xml", FhirSamples.Bytes("bser_servicerequest-BSeR-ReferralServiceRequest.xml"));

        Assert.Equal(0, receipt.Flagged);
        var referral = await _ingest.ReferralAsync("servicerequest-BSeR-ReferralServiceRequest");
        Assert.Equal((null, "Henry Seven, MD"), (referral.ReferringNpi, referral.ReferringName));
    }

    [Fact]
    public async Task AppointmentSampleSchedulesTheReferralItIsBasedOn()
    {
        // The R4 example appointment is based on ServiceRequest/myringotomy, which is not among the samples.
        await _ingest.IngestAsync("myringotomy.json", FhirJson.ServiceRequest("myringotomy", requester: FhirJson.Reference($"Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|{FhirJson.ValidNpi}")));

        var receipt = await _ingest.IngestAsync("appointment.json", FhirSamples.Bytes("ms-fhir-server_appointment-example.json"));

        Assert.Equal((1, 1, 0), (receipt.Read, receipt.Accepted, receipt.Quarantined));
        var referral = await _ingest.ReferralAsync("myringotomy");
        Assert.Equal(ReferralStatus.Scheduled, referral.Status);
        Assert.Equal((new DateOnly(2013, 10, 10), new DateOnly(2013, 12, 10)), (referral.ScheduledDate, referral.AppointmentDate));
        Assert.Equal(FhirJson.ValidNpi, referral.ReferringNpi);
    }

    [Fact]
    public async Task BulkPractitionerFilesResolveServiceRequestsInALaterFile()
    {
        await _ingest.IngestAsync("Practitioner.000.ndjson", FhirSamples.Bytes("synthea-bulk-10p_Practitioner.000.ndjson"));
        await _ingest.IngestAsync("PractitionerRole.000.ndjson", FhirSamples.Bytes("synthea-bulk-10p_PractitionerRole.000.ndjson"));
        var requests = string.Join("\n",
            FhirJson.ServiceRequest("by-practitioner", requester: FhirJson.Reference("Practitioner/0965e26a-8bc3-395f-b7b0-4620fb6e778c")),
            FhirJson.ServiceRequest("by-role", requester: FhirJson.Reference("PractitionerRole/01a97323-3c5e-0b03-7dcf-b0e9c1d87759")));

        var receipt = await _ingest.IngestAsync("ServiceRequest.000.ndjson", requests);

        Assert.Equal((2, 2, 0), (receipt.Read, receipt.Accepted, receipt.Flagged));
        Assert.Equal("9999908392", (await _ingest.ReferralAsync("by-practitioner")).ReferringNpi);
        var byRole = await _ingest.ReferralAsync("by-role");
        Assert.Equal(("9999999698", "Dr. Bobbye345 Wuckert783"), (byRole.ReferringNpi, byRole.ReferringName));
    }

    [Theory]
    [InlineData("synthea-bulk-10p_Practitioner.000.ndjson")]
    [InlineData("synthea-bulk-10p_PractitionerRole.000.ndjson")]
    [InlineData("synthea-bulk-10p_Encounter.000.first40lines.ndjson")]
    [InlineData("synthea-bulk-10p_log.ndjson")]
    [InlineData("us-core_PractitionerRole_Practitioner_Endpoint_Bundle_Example.json")]
    [InlineData("bser_task-BSeR-ReferralTask.xml")]
    public async Task ReferenceDataAndEncountersWithoutBasedOnGiveNoRecords(string name)
    {
        var receipt = await _ingest.IngestAsync(name, FhirSamples.Bytes(name));

        Assert.Equal((0, 0), (receipt.Read, receipt.Quarantined));
    }
}
