using Keepage.Connectors.Ehr.Fhir;
using Keepage.Connectors.Ehr.Hl7v2;
using Keepage.Connectors.Store;
using Keepage.Core.Flows;
using Keepage.Core.Ingest;
using Keepage.Core.Referrals;
using Keepage.Mapping;
using Keepage.Tests.Ehr.Fhir;
using Keepage.Tests.Flows;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Keepage.Tests.Ehr.Hl7v2;

/// <summary>
/// Every HL7 v2 and FHIR file in ../shared/samples through the real ingest flow into one real SQLite store, in the
/// order a hospital would send them: referrals and orders, then the appointments (which name no order, so they are
/// linked by patient PID-3), then the REF^I14 cancel, then the lab batch; FHIR providers before referrals.
/// </summary>
public sealed class SharedSampleCorpusTests : IDisposable
{
    private const string Hospital = "ghh-hl7";
    private const string Ref = "226839";

    private readonly TempState _state = new();
    private readonly SqliteKeepageStore _store;
    private readonly IngestExport _ingest;

    // One reader across the FHIR files, as a source keeps it: providers read first resolve later requesters. US Core's
    // example referral is coded as a social service procedure, which a site sending such referrals configures.
    private readonly FhirExportReader _fhir = new(FhirIngest.Pseudonymizer, FhirIngest.Source, new FhirReaderOptions
    {
        ReferralCodes = [FhirCoding.PatientReferral, new FhirCoding(FhirCoding.Snomed, "410606002")],
    });

    public SharedSampleCorpusTests()
    {
        if (RepositoryRoot.Shared is null)
            Assert.Skip("The shared samples (../shared/samples beside the repository) are absent; the sample corpus test needs them.");
        _store = new SqliteKeepageStore(_state.File("keepage.db"));
        _ingest = new IngestExport(_store, new FakeTimeProvider(), NullLogger<IngestExport>.Instance);
    }

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AppointmentsUpdateTheRefReferralOfTheirPatientStepByStep()
    {
        await IngestHl7Async("ms-fhir-converter_REF-I12-01.hl7", (1, 1, 0));
        Assert.Equal((ReferralStatus.Pending, null, null), await StateAsync(Ref));
        await IngestHl7Async("ms-fhir-converter_ORM-O01-01.hl7", (1, 1, 0));
        await IngestHl7Async("onc-360x_OMG-O19-referral-request.hl7", (1, 1, 0));
        await IngestHl7Async("ms-fhir-converter_OMG-O19-01.hl7", (1, 0, 1), "ORC-2 placer order number is missing (and ORC-3, OBR-2, OBR-3)");

        // Same patient as the ORM order 1101 (2021-10-20), but the REF is the latest open referral and neither is
        // dated on or before the 2021-09-24 visit; later messages about that visit find the referral it booked.
        await IngestHl7Async("ms-fhir-converter_SIU-S12-01.hl7", (1, 1, 0));
        Assert.Equal((ReferralStatus.Scheduled, new DateOnly(2021, 9, 14), new DateOnly(2021, 9, 24)), await StateAsync(Ref));
        await IngestHl7Async("ms-fhir-converter_SIU-S15-01.hl7", (1, 1, 0));
        Assert.Equal((ReferralStatus.Cancelled, new DateOnly(2021, 9, 14), new DateOnly(2021, 9, 24)), await StateAsync(Ref));
        await IngestHl7Async("ms-fhir-converter_SIU-S26-01.hl7", (1, 1, 0));
        Assert.Equal((ReferralStatus.NoShow, new DateOnly(2021, 9, 14), new DateOnly(2021, 9, 24)), await StateAsync(Ref));
        await IngestHl7Async("ms-fhir-converter_REF-I14-02.hl7", (1, 1, 0));
        Assert.Equal((ReferralStatus.Cancelled, new DateOnly(2021, 9, 14), new DateOnly(2021, 9, 24)), await StateAsync(Ref));

        Assert.Equal((ReferralStatus.Scheduled, null, null), await StateAsync("1101"));
    }

    [Fact]
    public async Task EverySampleIsAccountedForAndEveryReferralCarriesItsProvidersStatusAndDates()
    {
        foreach (var (name, counts, reason) in Hl7Order)
            await IngestHl7Async(name, counts, reason);
        foreach (var name in FhirSamples.AllInReadingOrder())
            await IngestFhirAsync(name);

        Assert.Equal(Hl7Order.Select(step => step.Name).Order(StringComparer.Ordinal), Hl7v2Samples.Names);
        var referrals = await _store.ListReferralsAsync(Cancellation);
        Assert.Equal(
            [
                ("ghh-hl7", "1101", null, null, ReferralStatus.Scheduled, new DateOnly(2021, 10, 20), null, null, ""),
                ("ghh-hl7", Ref, null, null, ReferralStatus.Cancelled, new DateOnly(2022, 1, 25), new DateOnly(2021, 9, 14), new DateOnly(2021, 9, 24), ""),
                ("ghh-hl7", "889342", null, null, ReferralStatus.Pending, new DateOnly(2016, 9, 30), null, null, ""),
                (FhirIngest.Source, "rehab", "9941339100", null, ReferralStatus.Pending, new DateOnly(2021, 11, 12), null, null, ""),
                (FhirIngest.Source, "servicerequest-BSeR-ReferralServiceRequest", "1111111111", null, ReferralStatus.Pending,
                    new DateOnly(2020, 2, 14), null, null, ReferralFlags.InvalidReferringNpi),
            ],
            referrals.Select(r => (r.Source, r.ReferralId, r.ReferringNpi, r.ReferredToNpi, r.Status, r.ReferralDate,
                r.ScheduledDate, r.AppointmentDate, string.Join(",", r.Flags))));
        Assert.All(referrals, r => Assert.Matches("^[0-9a-f]{64}$", r.PatientKey));
    }

    // The REF samples' PRD-7 hold state licences (SL) only and RF1-20 a local id, so they carry names, not NPIs.
    private static readonly (string Name, (int Read, int Accepted, int Quarantined) Counts, string? Reason)[] Hl7Order =
    [
        ("ms-fhir-converter_REF-I12-01.hl7", (1, 1, 0), null),
        ("ms-fhir-converter_ORM-O01-01.hl7", (1, 1, 0), null),
        ("onc-360x_OMG-O19-referral-request.hl7", (1, 1, 0), null),
        ("ms-fhir-converter_OMG-O19-01.hl7", (1, 0, 1), "ORC-2 placer order number is missing (and ORC-3, OBR-2, OBR-3)"),
        ("ms-fhir-converter_SIU-S12-01.hl7", (1, 1, 0), null),
        ("ms-fhir-converter_SIU-S15-01.hl7", (1, 1, 0), null),
        ("ms-fhir-converter_SIU-S26-01.hl7", (1, 1, 0), null),
        ("ms-fhir-converter_REF-I14-02.hl7", (1, 1, 0), null),
        ("cdc-prime-reportstream_Example-hl7-file.hl7", (1, 0, 1), "unsupported message type ORU^R01"),
    ];

    private async Task IngestHl7Async(string name, (int Read, int Accepted, int Quarantined) counts, string? reason = null)
    {
        var reader = new Hl7v2ExportReader(Hl7v2Ingest.Pseudonymizer, Hospital);
        var receipt = await IngestAsync(name, Hospital, Hl7v2Samples.Read(name), reader);

        Assert.Equal((name, counts), (name, (receipt.Read, receipt.Accepted, receipt.Quarantined)));
        var quarantined = (await _store.ListQuarantineAsync(Cancellation)).Where(q => q.FileSha256 == receipt.Sha256).Select(q => q.Reason);
        Assert.Equal(reason is null ? [] : [reason], quarantined);
    }

    private async Task IngestFhirAsync(string name)
    {
        var receipt = await IngestAsync(name, FhirIngest.Source, FhirSamples.Bytes(name), _fhir);

        Assert.Equal((name, 0, receipt.Read), (name, receipt.Quarantined, receipt.Accepted));
    }

    private async Task<ExportReceipt> IngestAsync(string name, string source, byte[] bytes, IExportReader reader)
    {
        await _store.MigrateAsync(Cancellation);
        var file = new ExportFile(name, source, _ => Task.FromResult<Stream>(new MemoryStream(bytes, writable: false)));
        var receipt = await _ingest.RunAsync(file, reader, null, Cancellation);
        Assert.True(receipt.AddsUp, name);
        return receipt;
    }

    private async Task<(ReferralStatus, DateOnly?, DateOnly?)> StateAsync(string referralId)
    {
        var referral = Assert.Single(await _store.ListReferralsAsync(Cancellation), r => r.ReferralId == referralId);
        return (referral.Status, referral.ScheduledDate, referral.AppointmentDate);
    }

    public void Dispose() => _state.Dispose();
}
