using Keepage.Connectors.Messaging;
using Keepage.Core.Messaging;
using Microsoft.Extensions.Time.Testing;

namespace Keepage.Tests.Messaging;

public sealed class InProcessWorkQueueTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2024, 6, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly InProcessWorkQueue _queue;

    public InProcessWorkQueueTests() => _queue = new InProcessWorkQueue(
        new InProcessQueueOptions { LockDuration = TimeSpan.FromSeconds(30), MaxDeliveryCount = 3, DuplicateDetectionWindow = TimeSpan.FromMinutes(10) },
        _clock);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LocksAReceivedItemUntilItsLockExpires()
    {
        await _queue.SendAsync(WorkItems.Message("m1"), Cancellation);

        var first = Assert.Single(await _queue.ReceiveAsync(10, Cancellation));
        Assert.Empty(await _queue.ReceiveAsync(10, Cancellation));
        _clock.Advance(TimeSpan.FromSeconds(31));
        var again = Assert.Single(await _queue.ReceiveAsync(10, Cancellation));

        Assert.Equal((1, 2), (first.DeliveryCount, again.DeliveryCount));
        Assert.Equal(_clock.GetUtcNow() + TimeSpan.FromSeconds(30), again.LockedUntil);
        Assert.Equal(["k1"], Assert.IsType<PublishCrmRecords>(WorkCommand.TryRead(again.Body)).Keys);
    }

    [Fact]
    public async Task CompletingRemovesTheItemButNotAfterItsLockExpired()
    {
        await _queue.SendAsync(WorkItems.Message("m1"), Cancellation);
        await _queue.SendAsync(WorkItems.Message("m2"), Cancellation);
        var received = await _queue.ReceiveAsync(10, Cancellation);

        await _queue.CompleteAsync(received[0], Cancellation);
        _clock.Advance(TimeSpan.FromSeconds(30));

        await Assert.ThrowsAsync<WorkLockLostException>(() => _queue.CompleteAsync(received[1], Cancellation));
        Assert.Equal("m2", Assert.Single(await _queue.ReceiveAsync(10, Cancellation)).MessageId);
    }

    [Fact]
    public async Task AbandoningMakesTheItemDueAtOnceWithAHigherDeliveryCount()
    {
        await _queue.SendAsync(WorkItems.Message("m1"), Cancellation);

        await _queue.AbandonAsync(Assert.Single(await _queue.ReceiveAsync(1, Cancellation)), Cancellation);

        Assert.Equal(2, Assert.Single(await _queue.ReceiveAsync(1, Cancellation)).DeliveryCount);
    }

    [Fact]
    public async Task DeadLettersAtTheDeliveryLimitWithTheBrokersReason()
    {
        await _queue.SendAsync(WorkItems.Message("m1"), Cancellation);

        for (var delivery = 1; delivery <= 3; delivery++)
        {
            Assert.Single(await _queue.ReceiveAsync(1, Cancellation));
            _clock.Advance(TimeSpan.FromSeconds(31));
        }

        Assert.Empty(await _queue.ReceiveAsync(1, Cancellation));
        var dead = Assert.Single(_queue.DeadLetters);
        Assert.Equal(("m1", DeadLetterReasons.MaxDeliveryCountExceeded, 3), (dead.MessageId, dead.Reason, dead.DeliveryCount));
        Assert.Equal(0, _queue.ActiveCount);
    }

    [Fact]
    public async Task DeadLettersWithTheGivenReasonAndDescription()
    {
        await _queue.SendAsync(WorkItems.Message("m1"), Cancellation);

        await _queue.DeadLetterAsync(Assert.Single(await _queue.ReceiveAsync(1, Cancellation)), "MalformedWorkItem", "why", Cancellation);

        var dead = Assert.Single(_queue.DeadLetters);
        Assert.Equal(("MalformedWorkItem", "why", "PublishCrmRecords"), (dead.Reason, dead.Description, dead.Subject));
    }

    [Fact]
    public async Task DeliversAScheduledItemOnlyWhenDue()
    {
        await _queue.SendAsync(WorkItems.Message("later", _clock.GetUtcNow().AddMinutes(5)), Cancellation);
        await _queue.SendAsync(WorkItems.Message("now"), Cancellation);

        var due = Assert.Single(await _queue.ReceiveAsync(10, Cancellation));
        Assert.Equal("now", due.MessageId);
        await _queue.CompleteAsync(due, Cancellation);
        _clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromTicks(1));
        Assert.Empty(await _queue.ReceiveAsync(10, Cancellation));
        _clock.Advance(TimeSpan.FromTicks(1));
        Assert.Equal(["later"], (await _queue.ReceiveAsync(10, Cancellation)).Select(w => w.MessageId));
    }

    [Fact]
    public async Task DropsAResendWithinTheDuplicateDetectionWindowOnly()
    {
        await _queue.SendAsync(WorkItems.Message("m1"), Cancellation);
        await _queue.SendAsync(WorkItems.Message("m1"), Cancellation);
        await _queue.CompleteAsync(Assert.Single(await _queue.ReceiveAsync(10, Cancellation)), Cancellation);
        await _queue.SendAsync(WorkItems.Message("m1"), Cancellation);
        Assert.Empty(await _queue.ReceiveAsync(10, Cancellation));

        _clock.Advance(TimeSpan.FromMinutes(10));
        await _queue.SendAsync(WorkItems.Message("m1"), Cancellation);

        Assert.Single(await _queue.ReceiveAsync(10, Cancellation));
    }

    [Fact]
    public async Task ReceivesInSendOrderUpToTheAskedCount()
    {
        foreach (var id in new[] { "a", "b", "c" })
            await _queue.SendAsync(WorkItems.Message(id), Cancellation);

        Assert.Equal(["a", "b"], (await _queue.ReceiveAsync(2, Cancellation)).Select(w => w.MessageId));
        Assert.Equal(["c"], (await _queue.ReceiveAsync(2, Cancellation)).Select(w => w.MessageId));
    }
}
