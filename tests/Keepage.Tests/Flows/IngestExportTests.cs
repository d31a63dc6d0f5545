using System.Text;
using Keepage.Connectors.Ehr.Csv;
using Keepage.Connectors.Store;
using Keepage.Core.Flows;
using Keepage.Core.Ingest;
using Keepage.Core.Privacy;
using Keepage.Mapping;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Keepage.Tests.Flows;

public sealed class IngestExportTests : IDisposable
{
    private const string Header =
        "referral_id,source,patient_id,referring_npi,referring_name,referring_practice_id,referring_practice_name," +
        "referred_to_npi,referred_to_department,specialty,service_line,referral_date,status,scheduled_date," +
        "appointment_date,completed_date,in_network,procedure_code,payer,priority";

    private static readonly string[] Rows =
    [
        "R1,ehr,MRN-CANARY-0001,1234567893,Dr Ada Byron,P1,Byron Clinic,,Cardiology,Cardiology,Cardiology,2026-01-05,scheduled,2026-01-09,,,true,93000,Aetna,routine",
        "R2,ehr,MRN-CANARY-0002,1234567893,Dr Ada Byron,P1,Byron Clinic,,Cardiology,Cardiology,Cardiology,2026-01-06,pending,,,,,,,",
        "R3,ehr,MRN-CANARY-0003,1234567890,Dr Bad Digit,P2,Digit Practice,,GI,GI,GI,2026-01-07,completed,2026-01-08,2026-01-10,2026-01-10,false,45378,Cigna,routine",
        "R4,ehr,MRN-CANARY-0004,1234567893,Dr Ada Byron,P1,Byron Clinic,,Cardiology,Cardiology,Cardiology,2026-13-45,pending,,,,,,,",
        "R5,ehr,MRN-CANARY-0005,,,P1,Byron Clinic,,Cardiology,Cardiology,Cardiology,2026-01-09,pending,,,,,,,",
        "R6,ehr,MRN-CANARY-0006,1245319599,Dr Cy Young,P3,Young Practice,,Neuro,Neuro,Neuro,2026-01-10,bogus,,,,,,,",
    ];

    private readonly TempState _state = new();
    private readonly SqliteKeepageStore _store;
    private readonly IngestExport _ingest;

    public IngestExportTests()
    {
        _store = new SqliteKeepageStore(_state.File("keepage.db"));
        _ingest = new IngestExport(_store, new FakeTimeProvider(), NullLogger<IngestExport>.Instance);
    }

    [Fact]
    public async Task CountsAddUpForTheFile()
    {
        var receipt = await IngestAsync(Rows);

        Assert.Equal(6, receipt.Read);
        Assert.Equal((3, 0, 3), (receipt.Accepted, receipt.Duplicates, receipt.Quarantined));
        Assert.True(receipt.AddsUp);
        Assert.Equal(1, receipt.Flagged);
    }

    [Fact]
    public async Task QuarantinesBadRowsWithAReasonEach()
    {
        await IngestAsync(Rows);

        var quarantine = await _store.ListQuarantineAsync(TestContext.Current.CancellationToken);

        Assert.Equal([4, 5, 6], quarantine.Select(q => q.RecordNumber).Order());
        Assert.Contains("referral_date", quarantine.Single(q => q.RecordNumber == 4).Reason, StringComparison.Ordinal);
        Assert.Contains("referring provider", quarantine.Single(q => q.RecordNumber == 5).Reason, StringComparison.Ordinal);
        Assert.Contains("status", quarantine.Single(q => q.RecordNumber == 6).Reason, StringComparison.Ordinal);
        Assert.All(quarantine, q => Assert.DoesNotContain("2026-13-45", q.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task KeepsAReferralWhoseNpiFailsTheCheckDigitButFlagsIt()
    {
        await IngestAsync(Rows);

        var flagged = (await _store.ListReferralsAsync(TestContext.Current.CancellationToken)).Single(r => r.ReferralId == "R3");

        Assert.Contains("invalid_referring_npi", flagged.Flags);
    }

    [Fact]
    public async Task ReingestingTheSameFileChangesNothing()
    {
        await IngestAsync(Rows);
        var before = await SnapshotAsync();

        var again = await IngestAsync(Rows);

        Assert.Equal((0, 3, 3), (again.Accepted, again.Duplicates, again.Quarantined));
        Assert.True(again.AddsUp);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task UpdatesAReferralWhoseContentChanged()
    {
        await IngestAsync(Rows);

        var changed = await IngestAsync([Rows[1].Replace(",pending,", ",scheduled,", StringComparison.Ordinal)]);

        Assert.Equal((1, 0), (changed.Accepted, changed.Duplicates));
        var referral = (await _store.ListReferralsAsync(TestContext.Current.CancellationToken)).Single(r => r.ReferralId == "R2");
        Assert.Equal(Keepage.Core.Referrals.ReferralStatus.Scheduled, referral.Status);
    }

    [Fact]
    public async Task RawPatientIdIsNowhereInTheDatabaseFiles()
    {
        await IngestAsync(Rows);
        SqliteConnection.ClearAllPools();

        foreach (var file in Directory.GetFiles(_state.Path, "keepage.db*"))
        {
            var bytes = await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken);
            Assert.Equal(-1, bytes.AsSpan().IndexOf("MRN-CANARY"u8));
        }
        var referrals = await _store.ListReferralsAsync(TestContext.Current.CancellationToken);
        Assert.All(referrals, r => Assert.Matches("^[0-9a-f]{64}$", r.PatientKey!));
    }

    private async Task<ExportReceipt> IngestAsync(IEnumerable<string> rows)
    {
        await _store.MigrateAsync(TestContext.Current.CancellationToken);
        var bytes = Encoding.UTF8.GetBytes(Header + "\n" + string.Join("\n", rows) + "\n");
        var file = new ExportFile("referrals.csv", "ehr", _ => Task.FromResult<Stream>(new MemoryStream(bytes)));
        var reader = new CsvExportReader(BuiltInProfiles.Get("canonical"), new PatientPseudonymizer(new byte[32]), "ehr");
        return await _ingest.RunAsync(file, reader, null, TestContext.Current.CancellationToken);
    }

    private async Task<string> SnapshotAsync()
    {
        var referrals = await _store.ListReferralsAsync(TestContext.Current.CancellationToken);
        var quarantine = await _store.ListQuarantineAsync(TestContext.Current.CancellationToken);
        return string.Join("\n", referrals.Select(r => r.ToString()).Order(StringComparer.Ordinal)) + "\n--\n" +
            string.Join("\n", quarantine.Select(q => q.ToString()).Order(StringComparer.Ordinal));
    }

    public void Dispose() => _state.Dispose();
}
