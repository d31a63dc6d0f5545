using Keepage.Connectors.Messaging;
using Keepage.Core.Crm;
using Keepage.Core.Flows;
using Keepage.Core.Kpis;
using Keepage.Core.Messaging;
using Keepage.Core.Publish;
using Keepage.Core.Store;
using Keepage.Tests.Store;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Keepage.Tests.Messaging;

/// <summary>
/// How the publish consumer settles work items, run against each <see cref="IWorkQueue"/> (the in-process queue and
/// the Service Bus adapter) over the same peek-lock broker semantics, with a real SQLite store and ledger.
/// </summary>
public abstract class PublishWorkConsumerContract : IDisposable
{
    private const int MaxDeliveryCount = 3;
    private static readonly TimeSpan ThrottledRetryDelay = TimeSpan.FromMinutes(3);
    private static readonly string[] Keys = ["kpi.1", "kpi.2", "kpi.3"];

    private readonly TempDatabase _database = new();
    private readonly FakeLogger<PublishWorkConsumer> _log = new();

    private IWorkQueue? _queue;

    protected PublishWorkConsumerContract() =>
        Broker = new InProcessWorkQueue(new InProcessQueueOptions { LockDuration = TimeSpan.FromMinutes(1), MaxDeliveryCount = 10 }, Clock);

    protected FakeTimeProvider Clock => _database.Clock;

    protected InProcessWorkQueue Broker { get; }

    private IWorkQueue Queue => _queue ??= QueueOver(Broker);

    private ScriptedCrmTarget Target { get; } = new();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    protected abstract IWorkQueue QueueOver(InProcessWorkQueue broker);

    public void Dispose()
    {
        _database.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<(PublishWorkConsumer Consumer, IKeepageStore Store)> ConsumerAsync()
    {
        var store = await _database.MigratedStoreAsync();
        await store.ReplaceKpisAsync([.. Keys.Select(Kpi)], Cancellation);
        var publisher = new CrmRecordPublisher([Target], store, store, store, new PublishSettings(), Clock, NullLogger<PublishToCrm>.Instance);
        var options = Options.Create(new PublishWorkOptions { MaxDeliveryCount = MaxDeliveryCount, ReceiveBatchSize = 2, ThrottledRetryDelay = ThrottledRetryDelay });
        return (new PublishWorkConsumer(Queue, publisher, Clock, options, _log), store);
    }

    private Task SendAsync(string id, params string[] keys) =>
        Queue.SendAsync(new WorkMessage(id, new PublishCrmRecords("dataverse", CrmRecordKind.Kpi, keys)), Cancellation);

    [Fact]
    public async Task CompletesAnItemOnceItsRecordsAreWrittenAndRecorded()
    {
        var (consumer, store) = await ConsumerAsync();
        await SendAsync("m1", Keys);

        var drained = await consumer.DrainAsync(Cancellation);

        Assert.Equal((1, 1), (drained.Received, drained.Completed));
        Assert.Equal(Keys, Target.WrittenKeys);
        Assert.Equal(Keys, (await store.LoadLedgerAsync("dataverse", CrmRecordKind.Kpi, Cancellation)).Keys.Order());
        Assert.Equal(0, Broker.ActiveCount);
    }

    [Fact]
    public async Task ARedeliveredItemWritesNothingAlreadyWritten()
    {
        var (consumer, _) = await ConsumerAsync();
        await SendAsync("m1", Keys);
        await SendAsync("m1-again", Keys);

        var drained = await consumer.DrainAsync(Cancellation);

        Assert.Equal(2, drained.Completed);
        Assert.Equal(Keys, Target.WrittenKeys);
        Assert.Equal(1, Target.Calls);
    }

    [Fact]
    public async Task AnItemThatKeepsFailingEndsInTheDeadLetterQueueWithAPhiFreeReason()
    {
        var (consumer, _) = await ConsumerAsync();
        Target.ThenFail(CrmWriteOutcome.RetryableFailure, ScriptedCrmTarget.UnavailableError);
        await SendAsync("m1", Keys);

        var drains = new List<DrainSummary>();
        for (var attempt = 0; attempt < MaxDeliveryCount + 1; attempt++)
            drains.Add(await consumer.DrainAsync(Cancellation));

        Assert.Equal([1, 1, 0, 0], drains.Select(d => d.Abandoned));
        Assert.Equal([0, 0, 1, 0], drains.Select(d => d.DeadLettered));
        Assert.Equal(MaxDeliveryCount, Target.Calls);
        var dead = Assert.Single(Broker.DeadLetters);
        Assert.Equal(DeadLetterReasons.DeliveryLimitReached, dead.Reason);
        Assert.Equal("Failed on 3 deliveries; last: 3 of 3 records failed (503 0x80040216).", dead.Description);
        Assert.DoesNotContain(_log.Collector.GetSnapshot(), entry => entry.Message.Contains("Canary", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnItemAnsweredWithRetryAfterIsRescheduledNotRetriedAtOnce()
    {
        var (consumer, _) = await ConsumerAsync();
        Target.ThenThrow(new CrmAskedToWaitException(TimeSpan.FromSeconds(90))).Then(ScriptedCrmTarget.Write);
        await SendAsync("m1", Keys);

        var first = await consumer.DrainAsync(Cancellation);
        var atOnce = await consumer.DrainAsync(Cancellation);
        Clock.Advance(TimeSpan.FromSeconds(89));
        var tooEarly = await consumer.DrainAsync(Cancellation);
        Clock.Advance(TimeSpan.FromSeconds(1));
        var due = await consumer.DrainAsync(Cancellation);

        Assert.Equal((1, 1), (first.Received, first.Rescheduled));
        Assert.Equal((0, 0), (atOnce.Received, tooEarly.Received));
        Assert.Equal((1, 1), (due.Received, due.Completed));
        Assert.Equal(2, Target.Calls);
        Assert.Equal(Keys, Target.WrittenKeys);
        Assert.Empty(Broker.DeadLetters);
    }

    [Fact]
    public async Task RecordsThrottledWithoutARetryAfterAreRescheduledAfterTheConfiguredDelay()
    {
        var (consumer, _) = await ConsumerAsync();
        Target.ThenFail(CrmWriteOutcome.RetryableFailure, ScriptedCrmTarget.ThrottledError).Then(ScriptedCrmTarget.Write);
        await SendAsync("m1", Keys);

        var first = await consumer.DrainAsync(Cancellation);
        Clock.Advance(ThrottledRetryDelay - TimeSpan.FromSeconds(1));
        var tooEarly = await consumer.DrainAsync(Cancellation);
        Clock.Advance(TimeSpan.FromSeconds(1));
        var due = await consumer.DrainAsync(Cancellation);

        Assert.Equal((1, 0, 1), (first.Rescheduled, tooEarly.Received, due.Completed));
        Assert.Equal(Keys, Target.WrittenKeys);
    }

    [Fact]
    public async Task AMalformedItemIsDeadLetteredOnItsFirstDelivery()
    {
        var (consumer, _) = await ConsumerAsync();
        await Broker.SendAsync("m1", "PublishCrmRecords", "{\"command\":\"PublishCrmRecords\",\"target\":"u8.ToArray(), null, Cancellation);

        var drained = await consumer.DrainAsync(Cancellation);

        Assert.Equal(1, drained.DeadLettered);
        Assert.Equal(DeadLetterReasons.MalformedWorkItem, Assert.Single(Broker.DeadLetters).Reason);
        Assert.Equal(0, Target.Calls);
    }

    [Fact]
    public async Task RecordsTheCrmRefusesAreDeadLetteredWithoutRetry()
    {
        var (consumer, _) = await ConsumerAsync();
        Target.ThenFail(CrmWriteOutcome.PermanentFailure, $"400 0x80040237: The name '{ScriptedCrmTarget.CanaryName}' is too long");
        await SendAsync("m1", Keys);

        await consumer.DrainAsync(Cancellation);

        var dead = Assert.Single(Broker.DeadLetters);
        Assert.Equal((DeadLetterReasons.CrmRejectedRecords, "3 of 3 records refused (400 0x80040237)."), (dead.Reason, dead.Description));
        Assert.Equal(1, Target.Calls);
    }

    [Fact]
    public async Task AnItemForATargetThatIsNotConfiguredIsDeadLettered()
    {
        var (consumer, _) = await ConsumerAsync();
        await Queue.SendAsync(new WorkMessage("m1", new PublishCrmRecords("salesforce", CrmRecordKind.Kpi, Keys)), Cancellation);

        await consumer.DrainAsync(Cancellation);

        Assert.Equal(DeadLetterReasons.UnknownTarget, Assert.Single(Broker.DeadLetters).Reason);
    }

    private static KpiRecord Kpi(string key) => new()
    {
        Key = key, Kpi = KpiNames.ReferralVolume, Grain = Grains.Provider, SubjectId = "1234567893", SubjectName = "Dr. A",
        PeriodType = "month", PeriodStart = new DateOnly(2024, 5, 1), Value = 12m, Count = 12, Coverage = 1m,
    };
}
