using System.Security.Cryptography;
using System.Text;
using Dapper;
using Keepage.Connectors.Ehr.Csv;
using Keepage.Connectors.Store;
using Keepage.Core.Ingest;
using Keepage.Core.Privacy;
using Keepage.Mapping;

namespace Keepage.Tests.Store;

/// <summary>A canonical CSV read by the CSV reader and upserted into a real SQLite file, as the ingest flow does.</summary>
public sealed class IngestIntoStoreTests : IDisposable
{
    private static readonly string[] RawPatientIds = ["PX-48213377", "PX-99120456", "PX-70031882", "PX-55511234"];

    private static readonly string Export = $"""
        referral_id,patient_id,referring_npi,referring_name,referral_date,status,in_network
        A-100,{RawPatientIds[0]},1234567893,Dr. A,2024-04-01,scheduled,true
        A-101,{RawPatientIds[1]},1234567890,Dr. B,2024-04-02,,false
        A-102,{RawPatientIds[2]},,Dr. C,2024-04-31,pending,
        A-103,,1245319599,,2024-04-03,completed,true
        A-100,{RawPatientIds[0]},1234567893,Dr. A,2024-04-01,scheduled,true
        A-104,{RawPatientIds[3]},1245319599,Dr. D,2024-04-05,lost,true

        """;

    private readonly TempDatabase _database = new();
    private readonly PatientPseudonymizer _pseudonymizer = new(RandomNumberGenerator.GetBytes(32));

    public void Dispose() => _database.Dispose();

    private async Task<ExportReceipt> IngestAsync(SqliteKeepageStore store, string text, string fileName = "export.csv")
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var bytes = Encoding.UTF8.GetBytes(text);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var reader = new CsvExportReader(BuiltInProfiles.Canonical, _pseudonymizer, "clinic-a");
        var records = await reader.ReadAsync(new MemoryStream(bytes), cancellationToken).ToListAsync(cancellationToken);
        var accepted = records.Where(record => record.Referral is not null).ToList();
        var outcomes = await store.UpsertReferralsAsync([.. accepted.Select(record => record.Referral!)], cancellationToken);
        var rejected = records.Where(record => record.Referral is null)
            .Select(record => new QuarantinedRecord(sha256, fileName, "clinic-a", record.RecordNumber, record.RejectionReason!)).ToList();
        await store.QuarantineAsync(rejected, cancellationToken);
        var receipt = new ExportReceipt(
            fileName, sha256, "clinic-a", records.Count, outcomes.Count(outcome => outcome != UpsertOutcome.Duplicate),
            outcomes.Count(outcome => outcome == UpsertOutcome.Duplicate), rejected.Count,
            accepted.Count(record => record.Referral!.Flags.Count > 0), _database.Clock.GetUtcNow());
        await store.SaveReceiptAsync(receipt, cancellationToken);
        return receipt;
    }

    private async Task<string> DumpAsync()
    {
        await using var connection = await _database.OpenAsync();
        var referrals = await connection.QueryAsync<string>("SELECT json_array(referral_id, patient_key, flags, content_hash, first_seen_at, updated_at) FROM referrals ORDER BY referral_id");
        var quarantine = await connection.QueryAsync<string>("SELECT json_array(record_number, reason, quarantined_at) FROM quarantine ORDER BY record_number");
        return string.Join("\n", referrals.Concat(quarantine));
    }

    [Fact]
    public async Task CountsAddUpPerFile()
    {
        var store = await _database.MigratedStoreAsync();

        var receipt = await IngestAsync(store, Export);

        Assert.Equal((6, 3, 1, 2, 2), (receipt.Read, receipt.Accepted, receipt.Duplicates, receipt.Quarantined, receipt.Flagged));
        Assert.True(receipt.AddsUp);
        var reasons = (await store.ListQuarantineAsync(TestContext.Current.CancellationToken)).Select(record => record.Reason).ToList();
        Assert.Equal(2, reasons.Count);
        Assert.Equal("referral_date is not a date in format yyyy-MM-dd", reasons[0]);
        Assert.StartsWith("status is not a known status", reasons[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReingestingTheSameFileChangesNothing()
    {
        var store = await _database.MigratedStoreAsync();
        await IngestAsync(store, Export);
        var before = await DumpAsync();
        _database.Clock.Advance(TimeSpan.FromDays(1));

        var again = await IngestAsync(store, Export);

        Assert.Equal((6, 0, 4, 2), (again.Read, again.Accepted, again.Duplicates, again.Quarantined));
        Assert.True(again.AddsUp);
        Assert.Equal(before, await DumpAsync());
        Assert.Equal(2, (await store.ListReceiptsAsync(TestContext.Current.CancellationToken)).Count);
    }

    [Fact]
    public async Task LeavesNoRawPatientIdInTheDatabaseFiles()
    {
        var store = await _database.MigratedStoreAsync();
        await IngestAsync(store, Export);
        await IngestAsync(store, Export.Replace("Dr. D", "Dr. E", StringComparison.Ordinal), "export-2.csv");

        var bytes = _database.FileBytes();

        Assert.True(Contains(bytes, "A-103"), "the scan must see stored referral ids, or it proves nothing");
        Assert.All(RawPatientIds, id => Assert.False(Contains(bytes, id), "a raw patient id reached the database files"));
    }

    private static bool Contains(byte[] haystack, string text) =>
        haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;
}
