using Keepage.Core.Referrals;

namespace Keepage.Tests.Ehr.Hl7v2;

/// <summary>The public samples in ../shared/samples/hl7v2, through the real ingest flow into SQLite.</summary>
public sealed class Hl7v2SampleFileTests : IDisposable
{
    private const string Ref12 = "ms-fhir-converter_REF-I12-01.hl7";

    private static readonly (string Name, int Read, int Accepted, int Quarantined, string? Reason)[] Expected =
    [
        (Ref12, 1, 1, 0, null),
        ("ms-fhir-converter_REF-I14-02.hl7", 1, 1, 0, null),
        ("ms-fhir-converter_ORM-O01-01.hl7", 1, 1, 0, null),
        ("onc-360x_OMG-O19-referral-request.hl7", 1, 1, 0, null),
        ("ms-fhir-converter_OMG-O19-01.hl7", 1, 0, 1, "ORC-2 placer order number is missing (and ORC-3, OBR-2, OBR-3)"),
        ("ms-fhir-converter_SIU-S12-01.hl7", 1, 1, 0, null),
        ("ms-fhir-converter_SIU-S15-01.hl7", 1, 1, 0, null),
        ("ms-fhir-converter_SIU-S26-01.hl7", 1, 1, 0, null),
        ("cdc-prime-reportstream_Example-hl7-file.hl7", 1, 0, 1, "unsupported message type ORU^R01"),
    ];

    private readonly Hl7v2Ingest _ingest = new();

    public static TheoryData<string> SampleNames { get; } = [.. Expected.Select(row => row.Name)];

    [Fact]
    public void EverySampleFileHasAnExpectation() =>
        Assert.Equal(Expected.Select(row => row.Name).Order(StringComparer.Ordinal), Hl7v2Samples.Names);

    // Deferred updates (REF^I14 before its referral, an SIU before any referral of its patient) count as accepted:
    // they are kept, not quarantined. SharedSampleCorpusTests ingests the samples together, in order.
    [Theory]
    [MemberData(nameof(SampleNames))]
    public async Task IngestsEverySampleWithCountsThatAddUp(string name)
    {
        var expected = Expected.Single(row => row.Name == name);

        var receipt = await _ingest.IngestAsync(name, Hl7v2Samples.Read(name));

        Assert.True(receipt.AddsUp);
        Assert.Equal((expected.Read, expected.Accepted, expected.Quarantined), (receipt.Read, receipt.Accepted, receipt.Quarantined));
        var rejected = await _ingest.QuarantineAsync(receipt.Sha256);
        Assert.Equal(expected.Reason, rejected.Count > 0 ? rejected[0].Reason : null);
    }

    [Fact]
    public async Task ReadsTheReferralFromRefI12()
    {
        await _ingest.IngestAsync(Ref12, Hl7v2Samples.Read(Ref12));

        var referral = await _ingest.ReferralAsync("226839");
        Assert.Equal((ReferralStatus.Pending, new DateOnly(2022, 1, 25)), (referral.Status, referral.ReferralDate));
        // The sample's PRD-7 identifiers are state licences (SL), not NPIs, and RF1-20 is a local id.
        Assert.Equal((null, null), (referral.ReferringNpi, referral.ReferredToNpi));
        Assert.Equal(("ROBERT POWELL", "GOOD HEALTH HOSPITAL", "GI FACILITY"), (referral.ReferringName, referral.ReferringPracticeName, referral.ReferredToDepartment));
        Assert.Equal(("routine", "Blue Cross Blue Shield of Texas"), (referral.Priority, referral.Payer));
        Assert.Equal(Hl7v2Ingest.Pseudonymizer.Pseudonymize("PATID1234"), referral.PatientKey);
        Assert.Empty(referral.Flags);
    }

    [Fact]
    public async Task ReadsReferralOrdersFromOrmAnd360X()
    {
        await _ingest.IngestAsync("orm.hl7", Hl7v2Samples.Read("ms-fhir-converter_ORM-O01-01.hl7"));
        await _ingest.IngestAsync("360x.hl7", Hl7v2Samples.Read("onc-360x_OMG-O19-referral-request.hl7"));

        var order = await _ingest.ReferralAsync("1101");
        Assert.Equal((ReferralStatus.Scheduled, new DateOnly(2021, 10, 20), "JONES A ORDPROVIDER"), (order.Status, order.ReferralDate, order.ReferringName));
        var request = await _ingest.ReferralAsync("889342");
        Assert.Equal((ReferralStatus.Pending, new DateOnly(2016, 9, 30), "Anthony M Allen III"), (request.Status, request.ReferralDate, request.ReferringName));
        Assert.Equal((null, null), (order.ReferringNpi, request.ReferringNpi));
        Assert.Equal(Hl7v2Ingest.Pseudonymizer.Pseudonymize("T7190334"), request.PatientKey);
    }

    [Fact]
    public async Task CancelsTheReferralWithRefI14()
    {
        await _ingest.IngestAsync(Ref12, Hl7v2Samples.Read(Ref12));

        await _ingest.IngestAsync("cancel.hl7", Hl7v2Samples.Read("ms-fhir-converter_REF-I14-02.hl7"));

        var referral = Assert.Single(await _ingest.Store.ListReferralsAsync(TestContext.Current.CancellationToken));
        Assert.Equal(("226839", ReferralStatus.Cancelled), (referral.ReferralId, referral.Status));
    }

    public void Dispose() => _ingest.Dispose();
}
