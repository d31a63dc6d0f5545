using Keepage.Connectors.Messaging;
using Keepage.Core.Alerts;
using Keepage.Core.Crm;
using Keepage.Core.Flows;
using Keepage.Core.Kpis;
using Keepage.Core.Messaging;
using Keepage.Core.Publish;
using Keepage.Core.Store;
using Keepage.Functions.Admin;
using Keepage.Functions.Crm;
using Keepage.Functions.Publishing;
using Keepage.Tests.Messaging;
using Keepage.Tests.Store;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Keepage.Tests.Functions;

/// <summary>
/// The timer and admin functions with real flows, a real SQLite store and the in-process queue: analysis queues
/// publish work items, the drain function publishes them, reschedules on Retry-After and dead-letters what keeps failing.
/// </summary>
public sealed class PublishingFunctionsTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly ScriptedCrmTarget _crm = new();
    private readonly InProcessWorkQueue _queue;
    private readonly InProcessWorkLease _leases;

    public PublishingFunctionsTests()
    {
        _queue = new InProcessWorkQueue(new InProcessQueueOptions { LockDuration = TimeSpan.FromMinutes(2), MaxDeliveryCount = 10 }, _database.Clock);
        _leases = new InProcessWorkLease(_database.Clock);
    }

    public void Dispose() => _database.Dispose();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private IOptions<PublishWorkOptions> Options { get; } = Microsoft.Extensions.Options.Options.Create(new PublishWorkOptions { RecordsPerMessage = 50, MaxDeliveryCount = 4 });

    private async Task<IKeepageStore> SeededStoreAsync()
    {
        var store = await _database.MigratedStoreAsync();
        await store.UpsertReferralsAsync([.. Enumerable.Range(1, 60).Select(day => StoreReferrals.Minimal($"R-{day}") with
        {
            ReferringNpi = "1234567893",
            ReferralDate = new DateOnly(2024, 1, 1).AddDays(day * 2),
        })], Cancellation);
        return store;
    }

    private AnalyzeAndQueuePublish Analysis(IKeepageStore store) => new(
        store, store,
        new ComputeKpis(store, new KpiSettings()),
        new EvaluateAlerts(store, new AlertSettings()),
        new PublishPlanner([_crm], store, store, _queue, new PublishSettings(), Options),
        _database.Clock);

    private DrainPublishWork Drain(IKeepageStore store) => new(new PublishWorkConsumer(
        _queue,
        new CrmRecordPublisher([_crm], store, store, store, new PublishSettings(), _database.Clock, NullLogger<PublishToCrm>.Instance),
        _database.Clock, Options, NullLogger<PublishWorkConsumer>.Instance));

    [Fact]
    public async Task AnalysisQueuesChangedRecordsAndTheDrainPublishesThemOnce()
    {
        var store = await SeededStoreAsync();
        var analyze = new AnalyzeTimer(Analysis(store), _leases, NullLogger<AnalyzeTimer>.Instance);

        await analyze.Run(new TimerInfo(), Cancellation);
        var queued = _queue.ActiveCount;
        await Drain(store).Run(new TimerInfo(), Cancellation);
        await analyze.Run(new TimerInfo(), Cancellation);

        Assert.True(queued > 0);
        Assert.Equal(0, _queue.ActiveCount);
        var published = KpiPublishScope.Select(await store.ListKpisAsync(Cancellation), new PublishSettings()).Select(k => k.Key)
            .Concat((await store.ListAlertsAsync(Cancellation)).Select(a => a.Key));
        Assert.Equal(published.Order(StringComparer.Ordinal), _crm.WrittenKeys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AWorkItemAnsweredWithRetryAfterIsRescheduledNotRetriedAtOnce()
    {
        var store = await SeededStoreAsync();
        await Analysis(store).RunAsync(null, Cancellation);
        var items = _queue.ActiveCount;
        _crm.ThenThrow(new CrmAskedToWaitException(TimeSpan.FromMinutes(2))).Then(ScriptedCrmTarget.Write);

        await Drain(store).Run(new TimerInfo(), Cancellation);
        var callsAfterFirstDrain = _crm.Calls;
        await Drain(store).Run(new TimerInfo(), Cancellation);
        var callsRightAfter = _crm.Calls;
        _database.Clock.Advance(TimeSpan.FromMinutes(2));
        await Drain(store).Run(new TimerInfo(), Cancellation);

        Assert.Equal(callsAfterFirstDrain, callsRightAfter);
        Assert.Equal(0, _queue.ActiveCount);
        Assert.Empty(_queue.DeadLetters);
        Assert.True(items >= 1 && _crm.WrittenKeys.Count > 0);
    }

    [Fact]
    public async Task AWorkItemThatKeepsFailingEndsInTheDeadLetterQueueWithAPhiFreeReason()
    {
        var store = await SeededStoreAsync();
        await Analysis(store).RunAsync(null, Cancellation);
        var items = _queue.ActiveCount;
        _crm.ThenFail(CrmWriteOutcome.RetryableFailure, ScriptedCrmTarget.UnavailableError);

        for (var drain = 0; drain < Options.Value.MaxDeliveryCount; drain++)
            await Drain(store).Run(new TimerInfo(), Cancellation);

        Assert.Equal(items, _queue.DeadLetters.Count);
        Assert.All(_queue.DeadLetters, dead =>
        {
            Assert.Equal(DeadLetterReasons.DeliveryLimitReached, dead.Reason);
            Assert.StartsWith("Failed on 4 deliveries", dead.Description, StringComparison.Ordinal);
            Assert.DoesNotContain(ScriptedCrmTarget.CanaryName, dead.Description, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task RunNowIsRefusedWhileAnAnalysisHoldsTheLease()
    {
        var store = await SeededStoreAsync();
        var runNow = new RunNow(new SyncCrm([_crm], store, NullLogger<SyncCrm>.Instance), Analysis(store), _leases);
        await using (await _leases.TryAcquireAsync(LeaseNames.Analysis, LeaseNames.AnalysisDuration, Cancellation))
            Assert.IsType<ConflictObjectResult>(await runNow.Run(new DefaultHttpContext().Request, Cancellation));

        var result = Assert.IsType<OkObjectResult>(await runNow.Run(new DefaultHttpContext().Request, Cancellation));

        var summary = Assert.IsType<RunNowResult>(result.Value);
        Assert.Equal(1, summary.CrmTargetsSynced);
        Assert.True(summary.Analysis.KpiRecords > 0);
        Assert.Equal(summary.Analysis.Queued.WorkItems, _queue.ActiveCount);
    }
}
