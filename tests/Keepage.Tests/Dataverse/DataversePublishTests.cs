using Keepage.Connectors.Store;
using Keepage.Core.Alerts;
using Keepage.Core.Flows;
using Keepage.Core.Kpis;
using Keepage.Core.Reconciliation;
using Microsoft.Extensions.Logging.Abstractions;

namespace Keepage.Tests.Dataverse;

/// <summary>The publish flow with its real SQLite ledger against the emulator: what a second run sends.</summary>
public sealed class DataversePublishTests
{
    private static readonly ReconciliationResult NoLinks = new([], 0, 0, 0, 0, 0, []);

    private static KpiRecord Kpi(int subject, decimal value) => new()
    {
        Key = KpiRecord.MakeKey("referral_volume", "provider", $"{1234567000 + subject}", "month", new DateOnly(2026, 1, 1)),
        Kpi = "referral_volume",
        Grain = "provider",
        SubjectId = $"{1234567000 + subject}",
        PeriodType = "month",
        PeriodStart = new DateOnly(2026, 1, 1),
        Value = value,
        Count = (int)value,
        Coverage = 1m,
    };

    private static Alert VolumeDrop(decimal observed) => new()
    {
        Key = Alert.MakeKey("volume_drop", "provider", "1234567893", "2026-01"),
        Rule = "volume_drop",
        SubjectType = "provider",
        SubjectId = "1234567893",
        Period = "2026-01",
        Severity = AlertSeverity.High,
        Expected = 11,
        Observed = observed,
        Explanation = $"Expected 11 referrals, observed {observed}.",
    };

    private static async Task<(SqliteKeepageStore Store, PublishToCrm Publish)> PublisherAsync(DataverseHarness harness, TempFolder folder)
    {
        var store = new SqliteKeepageStore(Path.Combine(folder.Path, "keepage.db"));
        await store.MigrateAsync(TestContext.Current.CancellationToken);
        await store.ReplaceAlertsAsync([], TestContext.Current.CancellationToken);
        return (store, new PublishToCrm([harness.Target], store, store, TimeProvider.System, NullLogger<PublishToCrm>.Instance));
    }

    [Fact]
    public async Task RerunWithUnchangedDataSendsNoWriteAndAChangedKpiSendsOnlyItsUpsert()
    {
        using var folder = new TempFolder();
        await using var harness = await DataverseHarness.StartAsync();
        var (store, publish) = await PublisherAsync(harness, folder);
        var kpis = Enumerable.Range(0, 50).Select(i => Kpi(i, i)).ToList();
        await store.ReplaceKpisAsync(kpis, TestContext.Current.CancellationToken);
        await publish.RunAsync(NoLinks, TestContext.Current.CancellationToken);
        harness.Emulator.ClearRequests();

        await publish.RunAsync(NoLinks, TestContext.Current.CancellationToken);
        Assert.DoesNotContain(harness.Emulator.Requests, r => r.IsWrite && !r.IsToken);

        kpis[17] = Kpi(17, 99);
        await store.ReplaceKpisAsync(kpis, TestContext.Current.CancellationToken);
        await publish.RunAsync(NoLinks, TestContext.Current.CancellationToken);
        var part = Assert.Single(harness.Emulator.Requests, r => r.InBatch);
        Assert.Equal("PATCH", part.Method);
        Assert.Contains($"kpg_key='{kpis[17].Key}'", part.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AlertClosedInDataverseStaysClosedWhenItChangesOnALaterRun()
    {
        using var folder = new TempFolder();
        await using var harness = await DataverseHarness.StartAsync();
        var (store, publish) = await PublisherAsync(harness, folder);
        await store.ReplaceAlertsAsync([VolumeDrop(2)], TestContext.Current.CancellationToken);
        await publish.RunAsync(NoLinks, TestContext.Current.CancellationToken);
        using var client = await EmulatorClient.ConnectAsync(harness.Emulator);
        var address = $"kpg_leakagealerts(kpg_key='{VolumeDrop(2).Key}')";
        (await client.SendAsync("PATCH", address, """{"statecode":1,"statuscode":2}""", "If-Match: *")).Dispose();

        await store.ReplaceAlertsAsync([VolumeDrop(1)], TestContext.Current.CancellationToken);
        await publish.RunAsync(NoLinks, TestContext.Current.CancellationToken);
        harness.Emulator.ClearRequests();
        await publish.RunAsync(NoLinks, TestContext.Current.CancellationToken);

        var alert = await client.JsonAsync("GET", $"{address}?$select=statecode,statuscode,description");
        Assert.Equal((1, 2), (alert["statecode"]!.GetValue<int>(), alert["statuscode"]!.GetValue<int>()));
        Assert.Equal("Expected 11 referrals, observed 2.", alert["description"]!.GetValue<string>());
        Assert.DoesNotContain(harness.Emulator.Requests, r => r.IsWrite && !r.IsToken);
    }

    [Fact]
    public async Task UpsertWithoutStatecodeLeavesAClosedActivityClosed()
    {
        await using var harness = await DataverseHarness.StartAsync();
        using var client = await EmulatorClient.ConnectAsync(harness.Emulator);
        (await client.SendAsync("PATCH", "kpg_leakagealerts(kpg_key='a.1')", """{"subject":"Drop"}""")).Dispose();
        (await client.SendAsync("PATCH", "kpg_leakagealerts(kpg_key='a.1')", """{"statecode":1,"statuscode":2}""")).Dispose();

        (await client.SendAsync("PATCH", "kpg_leakagealerts(kpg_key='a.1')", """{"subject":"Drop, again"}""")).Dispose();

        var alert = await client.JsonAsync("GET", "kpg_leakagealerts(kpg_key='a.1')?$select=statecode,subject");
        Assert.Equal((1, "Drop, again"), (alert["statecode"]!.GetValue<int>(), alert["subject"]!.GetValue<string>()));
    }
}
