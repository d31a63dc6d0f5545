using System.Data.Common;
using Keepage.Core.Ingest;
using Keepage.Core.Referrals;
using Keepage.Core.Store;
using Keepage.Tests.Store;

namespace Keepage.Tests.StoreContract;

/// <summary>
/// The referral half of the contract every <see cref="IKeepageStore"/> keeps, run against each real database by a
/// sealed subclass: upsert outcomes, updates held for referrals not yet arrived, quarantine, receipts and origins.
/// The CRM mirror, analytics, ledger, migrations and concurrency are in <see cref="KeepageStoreStateContract"/>.
/// </summary>
public abstract class KeepageStoreContract(IContractDatabase database) : IAsyncDisposable
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private Task<IKeepageStore> CreateStoreAsync() => database.CreateStoreAsync();

    public async ValueTask DisposeAsync()
    {
        await database.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task InsertsThenReportsDuplicatesThenUpdates()
    {
        var store = await CreateStoreAsync();
        var first = StoreReferrals.Minimal("R-1");
        var second = StoreReferrals.Minimal("R-2");

        Assert.Equal([UpsertOutcome.Inserted, UpsertOutcome.Inserted], await store.UpsertReferralsAsync([first, second], Cancellation));
        Assert.Equal(
            [UpsertOutcome.Duplicate, UpsertOutcome.Updated],
            await store.UpsertReferralsAsync([first, second with { Status = ReferralStatus.Scheduled }], Cancellation));

        Assert.Equal([ReferralStatus.Pending, ReferralStatus.Scheduled], (await store.ListReferralsAsync(Cancellation)).Select(r => r.Status));
    }

    [Fact]
    public async Task SeesEarlierRecordsOfTheSameCall()
    {
        var store = await CreateStoreAsync();
        var referral = StoreReferrals.Minimal("R-1");

        var outcomes = await store.UpsertReferralsAsync([referral, referral, referral with { Priority = "urgent" }], Cancellation);

        Assert.Equal([UpsertOutcome.Inserted, UpsertOutcome.Duplicate, UpsertOutcome.Updated], outcomes);
    }

    [Fact]
    public async Task KeysBySourceAndReferralId()
    {
        var store = await CreateStoreAsync();
        var referral = StoreReferrals.Minimal("R-1");

        var outcomes = await store.UpsertReferralsAsync([referral, referral with { Source = "clinic-b" }], Cancellation);

        Assert.Equal([UpsertOutcome.Inserted, UpsertOutcome.Inserted], outcomes);
        Assert.Equal(["clinic-a", "clinic-b"], (await store.ListReferralsAsync(Cancellation)).Select(r => r.Source));
    }

    [Fact]
    public async Task RoundTripsEveryField()
    {
        var store = await CreateStoreAsync();
        var referral = StoreReferrals.Full();
        await store.UpsertReferralsAsync([referral, StoreReferrals.Minimal("R-2") with { InNetwork = true }], Cancellation);

        var stored = await store.ListReferralsAsync(Cancellation);

        Assert.Equal(referral with { Flags = [] }, stored[0] with { Flags = [] });
        Assert.Equal(referral.Flags, stored[0].Flags);
        Assert.True(stored[1].InNetwork);
        Assert.Empty(stored[1].Flags);
    }

    [Fact]
    public async Task RefusesAnythingButAPseudonymAsPatientKeyAndKeepsNothingOfTheCall()
    {
        var store = await CreateStoreAsync();

        await Assert.ThrowsAnyAsync<DbException>(() => store.UpsertReferralsAsync(
            [StoreReferrals.Minimal("R-1"), StoreReferrals.Minimal("R-2") with { PatientKey = "MRN-12345" }], Cancellation));

        Assert.Empty(await store.ListReferralsAsync(Cancellation));
    }

    [Fact]
    public async Task UpdatesStatusAndDatesOfAHeldReferral()
    {
        var store = await CreateStoreAsync();
        await store.UpsertReferralsAsync([StoreReferrals.Minimal("R-1")], Cancellation);

        var outcomes = await store.ApplyUpdatesAsync(
            [new ReferralUpdate("clinic-a", "R-1", ReferralStatus.Scheduled, ScheduledDate: new DateOnly(2024, 2, 1))], Cancellation);

        Assert.Equal([UpsertOutcome.Updated], outcomes);
        var referral = Assert.Single(await store.ListReferralsAsync(Cancellation));
        Assert.Equal((ReferralStatus.Scheduled, new DateOnly(2024, 2, 1), "Dr. B"), (referral.Status, referral.ScheduledDate, referral.ReferringName));
    }

    [Fact]
    public async Task TheSameUpdateTwiceIsADuplicate()
    {
        var store = await CreateStoreAsync();
        await store.UpsertReferralsAsync([StoreReferrals.Minimal("R-1")], Cancellation);
        var update = new ReferralUpdate("clinic-a", "R-1", ReferralStatus.NoShow);

        Assert.Equal([UpsertOutcome.Updated, UpsertOutcome.Duplicate], await store.ApplyUpdatesAsync([update, update], Cancellation));
    }

    [Fact]
    public async Task HoldsAnUpdateThatArrivesBeforeItsReferralAndAppliesItOnInsert()
    {
        var store = await CreateStoreAsync();
        var update = new ReferralUpdate("clinic-a", "R-1", ReferralStatus.Completed, CompletedDate: new DateOnly(2024, 3, 3));

        Assert.Equal([UpsertOutcome.Deferred], await store.ApplyUpdatesAsync([update], Cancellation));
        Assert.Equal([UpsertOutcome.Duplicate], await store.ApplyUpdatesAsync([update], Cancellation));
        Assert.Empty(await store.ListReferralsAsync(Cancellation));

        Assert.Equal([UpsertOutcome.Inserted], await store.UpsertReferralsAsync([StoreReferrals.Minimal("R-1")], Cancellation));

        var referral = Assert.Single(await store.ListReferralsAsync(Cancellation));
        Assert.Equal((ReferralStatus.Completed, new DateOnly(2024, 3, 3)), (referral.Status, referral.CompletedDate));
        Assert.Equal([UpsertOutcome.Duplicate], await store.ApplyUpdatesAsync([update], Cancellation));
    }

    [Fact]
    public async Task QuarantinesEachRecordOnce()
    {
        var store = await CreateStoreAsync();
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
    public async Task ReleasesReplayedRecordsFromQuarantine()
    {
        var store = await CreateStoreAsync();
        QuarantinedRecord[] records = [new("abc", "a.csv", "clinic-a", 1, "bad"), new("abc", "a.csv", "clinic-a", 2, "bad"), new("def", "b.csv", "clinic-a", 1, "bad")];
        await store.QuarantineAsync(records, Cancellation);

        await store.ReleaseFromQuarantineAsync([records[1], records[2], new("zzz", "c.csv", "clinic-a", 7, "unknown")], Cancellation);

        Assert.Equal([records[0]], await store.ListQuarantineAsync(Cancellation));
    }

    [Fact]
    public async Task KeepsOneReceiptPerIngestAndFindsTheLatestByHash()
    {
        var store = await CreateStoreAsync();
        var receipt = new ExportReceipt("export.csv", "abc123", "clinic-a", 10, 7, 1, 2, 3, new DateTimeOffset(2024, 6, 1, 10, 0, 0, TimeSpan.FromHours(2)));

        await store.SaveReceiptAsync(receipt, Cancellation);
        await store.SaveReceiptAsync(receipt with { Accepted = 0, Duplicates = 8 }, Cancellation);

        var receipts = await store.ListReceiptsAsync(Cancellation);
        Assert.Equal([receipt, receipt with { Accepted = 0, Duplicates = 8 }], receipts);
        Assert.Equal(TimeSpan.Zero, receipts[0].IngestedAt.Offset);
        Assert.Equal(receipts[1], await store.FindReceiptAsync("abc123", Cancellation));
        Assert.Null(await store.FindReceiptAsync("other", Cancellation));
    }

    [Fact]
    public async Task RemembersWhereEachFileCanBeReadAgain()
    {
        var store = await CreateStoreAsync();
        var origin = new ExportOrigin("abc123", "export.csv", "/exports/export.csv", "csv", "canonical", "clinic-a");

        await store.SaveExportOriginAsync(origin, Cancellation);
        await store.SaveExportOriginAsync(origin with { Location = "https://example.invalid/exports/export.csv" }, Cancellation);

        Assert.Equal(origin with { Location = "https://example.invalid/exports/export.csv" }, await store.FindExportOriginAsync("abc123", Cancellation));
        Assert.Null(await store.FindExportOriginAsync("other", Cancellation));
    }
}
