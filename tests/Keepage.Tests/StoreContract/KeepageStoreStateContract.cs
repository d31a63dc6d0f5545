using Keepage.Core.Alerts;
using Keepage.Core.Crm;
using Keepage.Core.Ingest;
using Keepage.Core.Kpis;
using Keepage.Core.Referrals;
using Keepage.Core.Store;
using Keepage.Tests.Store;

namespace Keepage.Tests.StoreContract;

/// <summary>
/// The state half of the store contract: CRM mirror snapshots, KPIs and alerts replaced whole, the sync ledger,
/// migrations that are safe to repeat, and two instances writing at once without duplicating anything.
/// </summary>
public abstract class KeepageStoreStateContract(IContractDatabase database) : IAsyncDisposable
{
    private static readonly DateTimeOffset Modified = new(2024, 5, 1, 12, 30, 0, TimeSpan.Zero);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        await database.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private static CrmSnapshot Snapshot(string target, params string[] providerIds) => new(
        target,
        [.. providerIds.Select(id => new Provider(target, id, "1234567893", $"Dr. {id}", "acc-1", "owner-1", Modified))],
        [new Practice(target, "acc-1", "PR-9", "Northside", null, Modified)],
        [new OutreachActivity(target, "act-1", "appointment", "Lunch visit", Modified, "acc-1", "account", "owner-1", null)]);

    [Fact]
    public async Task SnapshotReplacesOnlyItsTargetsRows()
    {
        var store = await database.CreateStoreAsync();
        await store.SaveSnapshotAsync(Snapshot("dataverse", "c-1", "c-2"), Cancellation);
        await store.SaveSnapshotAsync(Snapshot("salesforce", "003A"), Cancellation);

        await store.SaveSnapshotAsync(Snapshot("dataverse", "c-3"), Cancellation);

        var snapshots = await store.LoadSnapshotsAsync(Cancellation);
        Assert.Equal(["dataverse", "salesforce"], snapshots.Select(snapshot => snapshot.CrmTarget));
        Assert.Equal(["c-3"], snapshots[0].Providers.Select(provider => provider.CrmId));
        Assert.Equal(["003A"], snapshots[1].Providers.Select(provider => provider.CrmId));
    }

    [Fact]
    public async Task RoundTripsSnapshotRowsInOrderWithTheLastCopyOfARepeatedRow()
    {
        var store = await database.CreateStoreAsync();
        var snapshot = Snapshot("dataverse", "c-2", "c-1");
        var repeated = snapshot with { Providers = [.. snapshot.Providers, snapshot.Providers[0] with { Name = "Dr. Renamed" }] };
        await store.SaveSnapshotAsync(repeated, Cancellation);

        var loaded = Assert.Single(await store.LoadSnapshotsAsync(Cancellation));

        Assert.Equal([snapshot.Providers[1], snapshot.Providers[0] with { Name = "Dr. Renamed" }], loaded.Providers);
        Assert.Equal(snapshot.Practices, loaded.Practices);
        Assert.Equal(snapshot.Activities, loaded.Activities);
    }

    [Fact]
    public async Task KeepsAnEmptySnapshot()
    {
        var store = await database.CreateStoreAsync();
        await store.SaveSnapshotAsync(Snapshot("dataverse", "c-1"), Cancellation);

        await store.SaveSnapshotAsync(new CrmSnapshot("dataverse", [], [], []), Cancellation);

        var loaded = Assert.Single(await store.LoadSnapshotsAsync(Cancellation));
        Assert.Empty(loaded.Providers);
        Assert.Empty(loaded.Practices);
        Assert.Empty(loaded.Activities);
    }

    [Fact]
    public async Task ReplacesKpisWhole()
    {
        var store = await database.CreateStoreAsync();
        var kpi = new KpiRecord
        {
            Key = "k1", Kpi = KpiNames.ReferralVolume, Grain = Grains.Provider, SubjectId = "1234567893", SubjectName = "Dr. A",
            PeriodType = "month", PeriodStart = new DateOnly(2024, 5, 1), Value = 12.50m, PreviousValue = 10m,
            ChangePercent = 25.0m, Count = 12, Coverage = 0.875m,
        };
        await store.ReplaceKpisAsync([kpi, kpi with { Key = "k2" }], Cancellation);

        await store.ReplaceKpisAsync([kpi with { Key = "k4", ChangePercent = -33.333333m }, kpi with { Key = "k3", PreviousValue = null }], Cancellation);

        Assert.Equal([kpi with { Key = "k3", PreviousValue = null }, kpi with { Key = "k4", ChangePercent = -33.333333m }], await store.ListKpisAsync(Cancellation));
    }

    [Fact]
    public async Task ReplacesAlertsWhole()
    {
        var store = await database.CreateStoreAsync();
        var alert = new Alert
        {
            Key = "a1", Rule = AlertRules.VolumeDrop, SubjectType = Grains.Provider, SubjectId = "1234567893", Period = "2024-05",
            Severity = AlertSeverity.High, Expected = 10m, Observed = 2m, Explanation = "Referrals fell from 10 to 2.",
        };
        await store.ReplaceAlertsAsync([alert with { Key = "a0" }], Cancellation);

        await store.ReplaceAlertsAsync([alert, alert with { Key = "a2", Expected = null, SubjectName = "Dr. A" }], Cancellation);

        Assert.Equal([alert, alert with { Key = "a2", Expected = null, SubjectName = "Dr. A" }], await store.ListAlertsAsync(Cancellation));
    }

    [Fact]
    public async Task LedgerRoundTripsPerTargetAndKindAndKeepsTheLastEntryPerKey()
    {
        var store = await database.CreateStoreAsync();
        var entry = new LedgerEntry("dataverse", CrmRecordKind.Kpi, "referral_volume.provider.1234567893.month.2024-05", "h1", "guid-1", CrmWriteOutcome.Created, null, Modified);
        await store.RecordAsync([entry, entry with { Kind = CrmRecordKind.Alert }, entry with { Target = "salesforce" }], Cancellation);

        var updated = entry with { ContentHash = "h2", LastOutcome = CrmWriteOutcome.Updated, UpdatedAt = Modified.AddDays(1), Fields = """{"value":"12"}""" };
        await store.RecordAsync([updated with { ContentHash = "h1.5" }, updated], Cancellation);

        var ledger = await store.LoadLedgerAsync("dataverse", CrmRecordKind.Kpi, Cancellation);
        Assert.Equal(updated, Assert.Single(ledger).Value);
        Assert.Equal(entry.Key, ledger.Keys.Single());
        Assert.Single(await store.LoadLedgerAsync("salesforce", CrmRecordKind.Kpi, Cancellation));
        Assert.Empty(await store.LoadLedgerAsync("salesforce", CrmRecordKind.Alert, Cancellation));
    }

    [Fact]
    public async Task RunHistoryListsRunsNewestFirstWithTheirConfigurationHash()
    {
        var store = await database.CreateStoreAsync();
        var first = new RunRecord(Modified, Modified.AddMinutes(2), "aaaa", DryRun: true, 1, 10, 8, 1, 1, 40, 2, 42, 0, 0, 0);
        var second = first with { StartedAt = Modified.AddHours(1), FinishedAt = Modified.AddHours(1).AddMinutes(1), ConfigHash = "bbbb", DryRun = false };

        await store.RecordRunAsync(first, Cancellation);
        await store.RecordRunAsync(second, Cancellation);

        var runs = await store.ListRunsAsync(Cancellation);
        Assert.Equal(["bbbb", "aaaa"], runs.Select(r => r.ConfigHash));
        Assert.True(runs[0].Id > runs[1].Id);
        Assert.Equal(first, runs[1] with { Id = 0 });
        Assert.Equal(second, runs[0] with { Id = 0 });
    }

    [Fact]
    public async Task CrmDeltaStateIsKeptPerTargetAndTableAndCanBeForgotten()
    {
        var store = await database.CreateStoreAsync();
        var position = new CrmDeltaPosition("https://org/api/data/v9.2/contacts?$deltatoken=919058%2108", """{"c-1":{"contactid":"c-1"}}""");
        await store.SaveDeltaAsync("dataverse", "contacts?contactid", position, Cancellation);
        await store.SaveDeltaAsync("dataverse", "contacts?contactid", position with { DeltaLink = "next" }, Cancellation);
        await store.SaveDeltaAsync("dataverse", "accounts?accountid", position, Cancellation);

        Assert.Equal(position with { DeltaLink = "next" }, await store.LoadDeltaAsync("dataverse", "contacts?contactid", Cancellation));
        Assert.Null(await store.LoadDeltaAsync("other", "contacts?contactid", Cancellation));

        await store.SaveDeltaAsync("dataverse", "accounts?accountid", null, Cancellation);

        Assert.Null(await store.LoadDeltaAsync("dataverse", "accounts?accountid", Cancellation));
    }

    [Fact]
    public async Task LedgerKeepsAFailuresError()
    {
        var store = await database.CreateStoreAsync();
        var failed = new LedgerEntry("dataverse", CrmRecordKind.Alert, "k", null, null, CrmWriteOutcome.RetryableFailure, "429 Too Many Requests", Modified);

        await store.RecordAsync([failed], Cancellation);

        Assert.Equal(failed, (await store.LoadLedgerAsync("dataverse", CrmRecordKind.Alert, Cancellation))["k"]);
    }

    [Fact]
    public async Task MigratingAgainAppliesNothingTwiceAndKeepsData()
    {
        var store = await database.CreateStoreAsync();
        await store.UpsertReferralsAsync([StoreReferrals.Minimal("R-1")], Cancellation);
        var applied = await database.AppliedMigrationsAsync();

        await store.MigrateAsync(Cancellation);
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => database.SecondInstance().MigrateAsync(Cancellation)));

        Assert.Equal(applied, await database.AppliedMigrationsAsync());
        Assert.Equal(applied.Order(), applied);
        Assert.Single(await store.ListReferralsAsync(Cancellation));
    }

    [Fact]
    public async Task ConcurrentUpsertsFromTwoInstancesDoNotDuplicate()
    {
        var store = await database.CreateStoreAsync();
        var other = database.SecondInstance();
        var referrals = Enumerable.Range(0, 150).Select(i => StoreReferrals.Minimal($"R-{i:000}")).ToList();

        var writes = await Task.WhenAll(
            Task.Run(() => store.UpsertReferralsAsync(referrals, Cancellation)),
            Task.Run(() => other.UpsertReferralsAsync([.. Enumerable.Reverse(referrals)], Cancellation)));

        Assert.Equal(referrals.Count, (await store.ListReferralsAsync(Cancellation)).Count);
        Assert.Equal(referrals.Count, writes.SelectMany(outcomes => outcomes).Count(outcome => outcome == UpsertOutcome.Inserted));
        Assert.Equal(referrals.Count, writes.SelectMany(outcomes => outcomes).Count(outcome => outcome == UpsertOutcome.Duplicate));
    }

    [Fact]
    public async Task AnUpdateRacingItsReferralIsNeverLost()
    {
        var store = await database.CreateStoreAsync();
        var other = database.SecondInstance();
        var referrals = Enumerable.Range(0, 150).Select(i => StoreReferrals.Minimal($"R-{i:000}")).ToList();
        var updates = referrals.Select(r => new ReferralUpdate(r.Source, r.ReferralId, ReferralStatus.Scheduled)).ToList();

        await Task.WhenAll(
            Task.Run(() => store.UpsertReferralsAsync(referrals, Cancellation)),
            Task.Run(() => other.ApplyUpdatesAsync(updates, Cancellation)));

        var held = await store.ListReferralsAsync(Cancellation);
        Assert.Equal(referrals.Count, held.Count);
        Assert.All(held, referral => Assert.Equal(ReferralStatus.Scheduled, referral.Status));
    }
}
