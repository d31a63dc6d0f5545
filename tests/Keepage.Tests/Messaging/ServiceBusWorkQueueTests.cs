using Keepage.Connectors.Messaging;
using Keepage.Core.Messaging;
using Microsoft.Extensions.Time.Testing;

namespace Keepage.Tests.Messaging;

public sealed class ServiceBusWorkQueueTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2024, 6, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly InProcessWorkQueue _broker;
    private readonly BrokerBackedServiceBus.Sender _sender;
    private readonly ServiceBusWorkQueue _queue;

    public ServiceBusWorkQueueTests()
    {
        _broker = new InProcessWorkQueue(new InProcessQueueOptions { LockDuration = TimeSpan.FromSeconds(30) }, _clock);
        var bus = new BrokerBackedServiceBus(_broker);
        _sender = bus.SenderFor();
        _queue = new ServiceBusWorkQueue(_sender, bus.ReceiverFor());
    }

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendsTheCommandAsJsonWithItsIdSubjectAndSchedule()
    {
        var at = _clock.GetUtcNow().AddMinutes(3);

        await _queue.SendAsync(WorkItems.Message("m1", at), Cancellation);

        var sent = Assert.Single(_sender.Sent);
        Assert.Equal(("m1", "PublishCrmRecords", "application/json", at), (sent.MessageId, sent.Subject, sent.ContentType, sent.ScheduledEnqueueTime));
        Assert.Equal(["k1"], Assert.IsType<PublishCrmRecords>(WorkCommand.TryRead(sent.Body.ToMemory())).Keys);
    }

    [Fact]
    public async Task ReadsTheReceivedMessagesIdDeliveryCountAndLock()
    {
        await _queue.SendAsync(WorkItems.Message("m1"), Cancellation);
        await _queue.AbandonAsync(Assert.Single(await _queue.ReceiveAsync(5, Cancellation)), Cancellation);

        var work = Assert.Single(await _queue.ReceiveAsync(5, Cancellation));

        Assert.Equal(("m1", "PublishCrmRecords", 2), (work.MessageId, work.Subject, work.DeliveryCount));
        Assert.Equal((_clock.GetUtcNow(), _clock.GetUtcNow().AddSeconds(30)), (work.EnqueuedAt, work.LockedUntil));
        Assert.True(Guid.TryParse(work.LockToken, out _));
    }

    [Fact]
    public async Task DeadLettersTheReceivedMessageWithReasonAndDescription()
    {
        await _queue.SendAsync(WorkItems.Message("m1"), Cancellation);

        await _queue.DeadLetterAsync(Assert.Single(await _queue.ReceiveAsync(5, Cancellation)), DeadLetterReasons.UnknownTarget, "no such target", Cancellation);

        var dead = Assert.Single(_broker.DeadLetters);
        Assert.Equal((DeadLetterReasons.UnknownTarget, "no such target"), (dead.Reason, dead.Description));
    }

    [Fact]
    public async Task ReportsALostLockAsWorkLockLost()
    {
        await _queue.SendAsync(WorkItems.Message("m1"), Cancellation);
        var work = Assert.Single(await _queue.ReceiveAsync(5, Cancellation));
        _clock.Advance(TimeSpan.FromSeconds(31));

        await Assert.ThrowsAsync<WorkLockLostException>(() => _queue.CompleteAsync(work, Cancellation));
        await Assert.ThrowsAsync<WorkLockLostException>(() => _queue.CompleteAsync(work, Cancellation));
    }
}
