using Dapper;
using Keepage.Core.Ingest;
using Keepage.Core.Referrals;
using Microsoft.Data.Sqlite;

namespace Keepage.Tests.Store;

public sealed class SqliteReferralStoreTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task InsertsThenReportsDuplicatesThenUpdates()
    {
        var store = await _database.MigratedStoreAsync();
        var first = StoreReferrals.Minimal("R-1");
        var second = StoreReferrals.Minimal("R-2");

        Assert.Equal([UpsertOutcome.Inserted, UpsertOutcome.Inserted], await store.UpsertReferralsAsync([first, second], Cancellation));
        Assert.Equal(
            [UpsertOutcome.Duplicate, UpsertOutcome.Updated],
            await store.UpsertReferralsAsync([first, second with { Status = ReferralStatus.Scheduled }], Cancellation));

        var stored = await store.ListReferralsAsync(Cancellation);
        Assert.Equal([ReferralStatus.Pending, ReferralStatus.Scheduled], stored.Select(referral => referral.Status));
    }

    [Fact]
    public async Task SeesEarlierRecordsOfTheSameCall()
    {
        var store = await _database.MigratedStoreAsync();
        var referral = StoreReferrals.Minimal("R-1");

        var outcomes = await store.UpsertReferralsAsync([referral, referral, referral with { Priority = "urgent" }], Cancellation);

        Assert.Equal([UpsertOutcome.Inserted, UpsertOutcome.Duplicate, UpsertOutcome.Updated], outcomes);
    }

    [Fact]
    public async Task KeysBySourceAndReferralId()
    {
        var store = await _database.MigratedStoreAsync();
        var referral = StoreReferrals.Minimal("R-1");

        var outcomes = await store.UpsertReferralsAsync([referral, referral with { Source = "clinic-b" }], Cancellation);

        Assert.Equal([UpsertOutcome.Inserted, UpsertOutcome.Inserted], outcomes);
    }

    [Fact]
    public async Task RoundTripsEveryField()
    {
        var store = await _database.MigratedStoreAsync();
        var referral = StoreReferrals.Full();
        await store.UpsertReferralsAsync([referral], Cancellation);

        var stored = Assert.Single(await store.ListReferralsAsync(Cancellation));

        Assert.Equal(referral with { Flags = [] }, stored with { Flags = [] });
        Assert.Equal(referral.Flags, stored.Flags);
    }

    [Fact]
    public async Task StoresIsoDatesAndUtcTimestampsAndKeepsFirstSeen()
    {
        var store = await _database.MigratedStoreAsync();
        await store.UpsertReferralsAsync([StoreReferrals.Full()], Cancellation);
        _database.Clock.Advance(TimeSpan.FromHours(3));
        await store.UpsertReferralsAsync([StoreReferrals.Full() with { Payer = "Other" }], Cancellation);

        await using var connection = await _database.OpenAsync();
        var row = await connection.QuerySingleAsync<(string ReferralDate, string FirstSeen, string Updated)>(
            "SELECT referral_date, first_seen_at, updated_at FROM referrals");
        Assert.Equal(("2024-03-07", "2024-06-01T08:00:00.0000000Z", "2024-06-01T11:00:00.0000000Z"), row);
    }

    [Fact]
    public async Task RefusesAnythingButAPseudonymAsPatientKey()
    {
        var store = await _database.MigratedStoreAsync();

        await Assert.ThrowsAsync<SqliteException>(() =>
            store.UpsertReferralsAsync([StoreReferrals.Minimal("R-1"), StoreReferrals.Minimal("R-2") with { PatientKey = "MRN-12345" }], Cancellation));

        Assert.Empty(await store.ListReferralsAsync(Cancellation));
    }

    [Fact]
    public async Task QuarantinesEachRecordOnce()
    {
        var store = await _database.MigratedStoreAsync();
        QuarantinedRecord[] records =
        [
            new("abc123", "export.csv", "clinic-a", 4, "referral_id is missing"),
            new("abc123", "export.csv", "clinic-a", 9, "missing referring provider"),
        ];

        await store.QuarantineAsync(records, Cancellation);
        await store.QuarantineAsync(records, Cancellation);
        await store.QuarantineAsync([records[0] with { FileName = "renamed.csv" }], Cancellation);

        Assert.Equal(records, await store.ListQuarantineAsync(Cancellation));
    }

    [Fact]
    public async Task KeepsOneReceiptPerIngest()
    {
        var store = await _database.MigratedStoreAsync();
        var receipt = new ExportReceipt("export.csv", "abc123", "clinic-a", 10, 7, 1, 2, 3, new DateTimeOffset(2024, 6, 1, 10, 0, 0, TimeSpan.FromHours(2)));

        await store.SaveReceiptAsync(receipt, Cancellation);
        await store.SaveReceiptAsync(receipt with { Accepted = 0, Duplicates = 8 }, Cancellation);

        var receipts = await store.ListReceiptsAsync(Cancellation);
        Assert.Equal([receipt, receipt with { Accepted = 0, Duplicates = 8 }], receipts);
        Assert.Equal(TimeSpan.Zero, receipts[0].IngestedAt.Offset);
    }
}
