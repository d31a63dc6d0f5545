using Keepage.Connectors.Store;
using Keepage.Core.Alerts;
using Keepage.Core.Crm;
using Keepage.Core.Flows;
using Keepage.Core.Kpis;
using Keepage.Core.Reconciliation;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Keepage.Tests.Flows;

public sealed class PublishToCrmTests : IDisposable
{
    private readonly TempState _state = new();
    private readonly SqliteKeepageStore _store;
    private readonly RecordingCrmTarget _target = new();

    public PublishToCrmTests() => _store = new SqliteKeepageStore(_state.File("keepage.db"));

    [Fact]
    public async Task WritesEverythingOnceThenNothingWhenUnchanged()
    {
        await SeedAsync(Kpi("a", 3), Kpi("b", 5));

        var first = await PublishAsync();
        var second = await PublishAsync();

        Assert.Equal((2, 0), (first.Created, first.Updated));
        Assert.Equal((0, 0, 2), (second.Writes, second.Failed, second.Unchanged));
        Assert.Single(_target.Calls);
    }

    [Fact]
    public async Task WritesOnlyTheRecordWhoseContentChanged()
    {
        await SeedAsync(Kpi("a", 3), Kpi("b", 5));
        await PublishAsync();
        await SeedAsync(Kpi("a", 3), Kpi("b", 6));

        var summary = await PublishAsync();

        Assert.Equal(1, summary.Updated);
        Assert.Equal(["b"], _target.Calls[^1].Select(r => r.Key));
        Assert.Equal(6m, _target.Records["b"].Fields[CrmFields.Value]);
    }

    [Fact]
    public async Task RetriesAFailedRecordOnTheNextRunAndNeverDropsIt()
    {
        await SeedAsync(Kpi("a", 3), Kpi("b", 5));
        _target.FailingKeys.Add("b");

        var failed = await PublishAsync();
        _target.FailingKeys.Clear();
        var retried = await PublishAsync();

        Assert.Equal((1, 1), (failed.Created, failed.Failed));
        Assert.Equal(["b"], _target.Calls[^1].Select(r => r.Key));
        Assert.Equal((1, 0), (retried.Created, retried.Failed));
        Assert.Equal(2, _target.Records.Count);
    }

    [Fact]
    public async Task AlertIsRegardingTheMatchedContact()
    {
        await _store.MigrateAsync(TestContext.Current.CancellationToken);
        var alert = new Alert
        {
            Key = Alert.MakeKey(AlertRules.DormantReferrer, Grains.Provider, "1234567893", "2026-10"),
            Rule = AlertRules.DormantReferrer,
            SubjectType = Grains.Provider,
            SubjectId = "1234567893",
            Period = "2026-10",
            Severity = AlertSeverity.Medium,
            Explanation = "No referrals for 75 days.",
        };
        await _store.ReplaceAlertsAsync([alert], TestContext.Current.CancellationToken);
        var provider = new Provider("fake", "c-1", "1234567893", "Dr Ada Byron", null, null, null);
        var links = Reconciler.Reconcile([], [new CrmSnapshot("fake", [provider], [], [])]);

        await Publisher().RunAsync(links, TestContext.Current.CancellationToken);

        Assert.Equal(new CrmReference("contact", "c-1"), _target.Records[alert.Key].Regarding);
    }

    private async Task SeedAsync(params KpiRecord[] kpis)
    {
        await _store.MigrateAsync(TestContext.Current.CancellationToken);
        await _store.ReplaceKpisAsync(kpis, TestContext.Current.CancellationToken);
    }

    private async Task<Keepage.Core.Publish.PublishSummary> PublishAsync() =>
        (await Publisher().RunAsync(Reconciler.Reconcile([], []), TestContext.Current.CancellationToken)).Single();

    private PublishToCrm Publisher() =>
        new([_target], _store, _store, new FakeTimeProvider(), NullLogger<PublishToCrm>.Instance);

    private static KpiRecord Kpi(string key, int value) => new()
    {
        Key = key,
        Kpi = KpiNames.ReferralVolume,
        Grain = Grains.Provider,
        SubjectId = "1234567893",
        PeriodType = "month",
        PeriodStart = new DateOnly(2026, 10, 1),
        Value = value,
        Count = value,
        Coverage = 1m,
    };

    public void Dispose() => _state.Dispose();
}
