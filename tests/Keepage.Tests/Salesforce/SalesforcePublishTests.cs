using System.Text.Json.Nodes;
using Keepage.Connectors.Store;
using Keepage.Core.Alerts;
using Keepage.Core.Crm;
using Keepage.Core.Flows;
using Keepage.Core.Kpis;
using Keepage.Core.Publish;
using Keepage.Core.Reconciliation;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Keepage.Tests.Salesforce;

/// <summary>The publish flow with a real SQLite ledger and the Salesforce target against the emulator.</summary>
public sealed class SalesforcePublishTests : IDisposable
{
    private readonly SalesforceFolder _folder = new();
    private readonly SqliteKeepageStore _store;

    public SalesforcePublishTests() => _store = new SqliteKeepageStore(Path.Combine(_folder.Path, "keepage.db"));

    private async Task SeedKpisAsync(int count, decimal value = 3)
    {
        await _store.MigrateAsync(TestContext.Current.CancellationToken);
        await _store.ReplaceKpisAsync([.. Enumerable.Range(0, count).Select(i => SalesforceRecords.Kpi(i, value))], TestContext.Current.CancellationToken);
    }

    private async Task<PublishSummary> PublishAsync(SalesforceHarness harness, ReconciliationResult? links = null) =>
        (await new PublishToCrm([harness.Target], _store, _store, new FakeTimeProvider(), NullLogger<PublishToCrm>.Instance)
            .RunAsync(links ?? Reconciler.Reconcile([], []), TestContext.Current.CancellationToken)).Single();

    [Fact]
    public async Task RunningOutOfTheDailyLimitLosesNothingAndTheNextRunSendsTheRest()
    {
        await SeedKpisAsync(1000);
        // One describe and five collections of 100 fit the allocation; the sixth call meets 403 REQUEST_LIMIT_EXCEEDED.
        await using var harness = await SalesforceHarness.StartAsync(emulator: o => o with { DailyApiLimit = 6 },
            connector: o => (o.CollectionSize, o.MaxApiUsageShare) = (100, 1.0));

        var first = await PublishAsync(harness);
        harness.Emulator.Usage.Reset();
        var second = await PublishAsync(harness);

        Assert.Equal((500, 500), (first.Created, first.Failed));
        Assert.Equal((500, 0, 0), (second.Created, second.Updated, second.Failed));
        var ledger = await _store.LoadLedgerAsync(harness.Target.Name, CrmRecordKind.Kpi, TestContext.Current.CancellationToken);
        Assert.All(ledger.Values, e => Assert.Equal(CrmWriteOutcome.Created, e.LastOutcome));
        Assert.Equal(1000, ledger.Count);
    }

    [Fact]
    public async Task AnOrgWithNoAllocationLeftGetsEveryRecordRescheduled()
    {
        await SeedKpisAsync(10);
        await using var harness = await SalesforceHarness.StartAsync(emulator: o => o with { DailyApiLimit = 0 });

        var summary = await PublishAsync(harness);

        Assert.Equal((0, 10), (summary.Writes, summary.Failed));
        var ledger = await _store.LoadLedgerAsync(harness.Target.Name, CrmRecordKind.Kpi, TestContext.Current.CancellationToken);
        Assert.All(ledger.Values, e => Assert.Equal((CrmWriteOutcome.RetryableFailure, (string?)null), (e.LastOutcome, e.ContentHash)));
    }

    [Fact]
    public async Task KeepageStopsAtItsShareOfTheAllocationWithoutMeetingTheLimit()
    {
        await SeedKpisAsync(1000);
        await using var harness = await SalesforceHarness.StartAsync(emulator: o => o with { DailyApiLimit = 12 },
            connector: o => (o.CollectionSize, o.MaxApiUsageShare) = (100, 0.5));

        var first = await PublishAsync(harness);

        Assert.Equal((500, 500), (first.Created, first.Failed));
        Assert.DoesNotContain(harness.Emulator.Requests, r => r.Status == 403);
        var ledger = await _store.LoadLedgerAsync(harness.Target.Name, CrmRecordKind.Kpi, TestContext.Current.CancellationToken);
        Assert.Contains("share", ledger.Values.First(e => e.LastOutcome == CrmWriteOutcome.RetryableFailure).LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARunWithUnchangedDataSendsNoWrite()
    {
        await SeedKpisAsync(300);
        await using var harness = await SalesforceHarness.StartAsync();
        await PublishAsync(harness);
        harness.Emulator.ClearRequests();

        var again = await PublishAsync(harness);

        Assert.Equal((0, 300), (again.Writes, again.Unchanged));
        Assert.DoesNotContain(harness.Emulator.Requests, r => r.IsWrite);
    }

    [Fact]
    public async Task ACompletedAlertTaskStaysCompletedAndAnOpenOneKeepsItsStatus()
    {
        var seed = new SalesforceSeed();
        var contact = seed.Contact("Avery", "1234567893");
        await using var harness = await SalesforceHarness.StartAsync(seed);
        await SaveAlertsAsync(observed: 2);
        var links = Reconciler.Reconcile([], [await harness.Target.ReadAsync(TestContext.Current.CancellationToken)]);
        await PublishAsync(harness, links);
        using var client = await SalesforceClient.ConnectAsync(harness.Emulator);
        var tasks = await TasksAsync(client);
        Assert.All(tasks, t => Assert.Equal(("Not Started", contact[..15]), (t!["Status"]!.GetValue<string>(), t["WhoId"]!.GetValue<string>()[..15])));
        (await client.SendAsync("PATCH", $"sobjects/Task/{tasks[0]!["Id"]}", """{"Status":"Completed"}""")).Dispose();
        (await client.SendAsync("PATCH", $"sobjects/Task/{tasks[1]!["Id"]}", """{"Status":"In Progress"}""")).Dispose();
        await SaveAlertsAsync(observed: 1);

        var rerun = await PublishAsync(harness, links);

        tasks = await TasksAsync(client);
        Assert.Equal(("Completed", "In Progress"), (tasks[0]!["Status"]!.GetValue<string>(), tasks[1]!["Status"]!.GetValue<string>()));
        Assert.Contains("observed 2", tasks[0]!["Description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("observed 1", tasks[1]!["Description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal((1, 1), (rerun.Updated, rerun.Unchanged));
    }

    private async Task SaveAlertsAsync(int observed)
    {
        await _store.MigrateAsync(TestContext.Current.CancellationToken);
        await _store.ReplaceAlertsAsync([.. new[] { "2026-09", "2026-10" }.Select(period => new Alert
        {
            Key = Alert.MakeKey(AlertRules.VolumeDrop, Grains.Provider, "1234567893", period),
            Rule = AlertRules.VolumeDrop,
            SubjectType = Grains.Provider,
            SubjectId = "1234567893",
            SubjectName = "Dr Avery",
            Period = period,
            Severity = AlertSeverity.High,
            Expected = 9,
            Observed = observed,
            Explanation = $"Expected 9 referrals, observed {observed}.",
        })], TestContext.Current.CancellationToken);
    }

    private static async Task<JsonArray> TasksAsync(SalesforceClient client) =>
        (await client.JsonAsync("GET", "query?q=" + Uri.EscapeDataString("SELECT Id, Status, WhoId, Description, Priority FROM Task ORDER BY Keepage_Alert_Key__c")))["records"]!.AsArray();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
