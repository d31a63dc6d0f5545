using Keepage.Core.Alerts;
using Keepage.Core.Crm;
using Keepage.Core.Kpis;
using Keepage.Core.Store;

namespace Keepage.Tests.Store;

public sealed class SqliteCrmStateTests : IDisposable
{
    private static readonly DateTimeOffset Modified = new(2024, 5, 1, 12, 30, 0, TimeSpan.Zero);
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static CrmSnapshot Snapshot(string target, params string[] providerIds) => new(
        target,
        [.. providerIds.Select(id => new Provider(target, id, "1234567893", $"Dr. {id}", "acc-1", "owner-1", Modified))],
        [new Practice(target, "acc-1", "PR-9", "Northside", null, Modified)],
        [new OutreachActivity(target, "act-1", "appointment", "Lunch visit", Modified, "acc-1", "account", "owner-1", null)]);

    [Fact]
    public async Task SnapshotReplacesOnlyItsTargetsRows()
    {
        var store = await _database.MigratedStoreAsync();
        await store.SaveSnapshotAsync(Snapshot("dataverse", "c-1", "c-2"), Cancellation);
        await store.SaveSnapshotAsync(Snapshot("salesforce", "003A"), Cancellation);

        await store.SaveSnapshotAsync(Snapshot("dataverse", "c-3"), Cancellation);

        var snapshots = await store.LoadSnapshotsAsync(Cancellation);
        Assert.Equal(["dataverse", "salesforce"], snapshots.Select(snapshot => snapshot.CrmTarget));
        Assert.Equal(["c-3"], snapshots[0].Providers.Select(provider => provider.CrmId));
        Assert.Equal(["003A"], snapshots[1].Providers.Select(provider => provider.CrmId));
    }

    [Fact]
    public async Task RoundTripsSnapshotRows()
    {
        var store = await _database.MigratedStoreAsync();
        var snapshot = Snapshot("dataverse", "c-1");
        await store.SaveSnapshotAsync(snapshot, Cancellation);

        var loaded = Assert.Single(await store.LoadSnapshotsAsync(Cancellation));

        Assert.Equal(snapshot.Providers, loaded.Providers);
        Assert.Equal(snapshot.Practices, loaded.Practices);
        Assert.Equal(snapshot.Activities, loaded.Activities);
    }

    [Fact]
    public async Task KeepsAnEmptySnapshot()
    {
        var store = await _database.MigratedStoreAsync();
        await store.SaveSnapshotAsync(Snapshot("dataverse", "c-1"), Cancellation);

        await store.SaveSnapshotAsync(new CrmSnapshot("dataverse", [], [], []), Cancellation);

        var loaded = Assert.Single(await store.LoadSnapshotsAsync(Cancellation));
        Assert.Empty(loaded.Providers);
        Assert.Empty(loaded.Practices);
        Assert.Empty(loaded.Activities);
    }

    [Fact]
    public async Task LedgerRoundTripsPerTargetAndKind()
    {
        var store = await _database.MigratedStoreAsync();
        var entry = new LedgerEntry("dataverse", CrmRecordKind.Kpi, "referral_volume.provider.1234567893.month.2024-05", "h1", "guid-1", CrmWriteOutcome.Created, null, Modified);
        await store.RecordAsync(
            [entry, entry with { Kind = CrmRecordKind.Alert }, entry with { Target = "salesforce" }], Cancellation);

        var updated = entry with { ContentHash = "h2", LastOutcome = CrmWriteOutcome.Updated, UpdatedAt = Modified.AddDays(1) };
        await store.RecordAsync([updated], Cancellation);

        var ledger = await store.LoadLedgerAsync("dataverse", CrmRecordKind.Kpi, Cancellation);
        Assert.Equal(updated, Assert.Single(ledger).Value);
        Assert.Equal(entry.Key, ledger.Keys.Single());
        Assert.Single(await store.LoadLedgerAsync("salesforce", CrmRecordKind.Kpi, Cancellation));
        Assert.Empty(await store.LoadLedgerAsync("salesforce", CrmRecordKind.Alert, Cancellation));
    }

    [Fact]
    public async Task LedgerKeepsAFailuresError()
    {
        var store = await _database.MigratedStoreAsync();
        var failed = new LedgerEntry("dataverse", CrmRecordKind.Alert, "k", null, null, CrmWriteOutcome.RetryableFailure, "429 Too Many Requests", Modified);

        await store.RecordAsync([failed], Cancellation);

        Assert.Equal(failed, (await store.LoadLedgerAsync("dataverse", CrmRecordKind.Alert, Cancellation))["k"]);
    }

    [Fact]
    public async Task ReplacesKpisWhole()
    {
        var store = await _database.MigratedStoreAsync();
        var kpi = new KpiRecord
        {
            Key = "k1", Kpi = KpiNames.ReferralVolume, Grain = Grains.Provider, SubjectId = "1234567893", SubjectName = "Dr. A",
            PeriodType = "month", PeriodStart = new DateOnly(2024, 5, 1), Value = 12.50m, PreviousValue = 10m,
            ChangePercent = 25.0m, Count = 12, Coverage = 0.875m,
        };
        await store.ReplaceKpisAsync([kpi, kpi with { Key = "k2" }], Cancellation);

        await store.ReplaceKpisAsync([kpi with { Key = "k3", PreviousValue = null }], Cancellation);

        Assert.Equal([kpi with { Key = "k3", PreviousValue = null }], await store.ListKpisAsync(Cancellation));
    }

    [Fact]
    public async Task ReplacesAlertsWhole()
    {
        var store = await _database.MigratedStoreAsync();
        var alert = new Alert
        {
            Key = "a1", Rule = AlertRules.VolumeDrop, SubjectType = Grains.Provider, SubjectId = "1234567893", Period = "2024-05",
            Severity = AlertSeverity.High, Expected = 10m, Observed = 2m, Explanation = "Referrals fell from 10 to 2.",
        };
        await store.ReplaceAlertsAsync([alert with { Key = "a0" }], Cancellation);

        await store.ReplaceAlertsAsync([alert], Cancellation);

        Assert.Equal([alert], await store.ListAlertsAsync(Cancellation));
    }
}
