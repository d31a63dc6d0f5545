using System.Diagnostics.CodeAnalysis;
using Keepage.Core.Messaging;

namespace Keepage.Connectors.Messaging;

/// <summary>
/// A work queue inside one process with the broker semantics consumers rely on, timed by a <see cref="TimeProvider"/>:
/// peek-lock with lock expiry, delivery counts, dead-lettering at the delivery limit (reason
/// <see cref="DeadLetterReasons.MaxDeliveryCountExceeded"/>), scheduled delivery, and duplicate detection by message id
/// within a window. Nothing survives the process; the embedded host republishes from the ledger on its next run.
/// </summary>
[SuppressMessage("Naming", "CA1711", Justification = "It is a queue: the broker's own word for what it is.")]
public sealed class InProcessWorkQueue(InProcessQueueOptions? options = null, TimeProvider? clock = null) : IWorkQueue
{
    private readonly InProcessQueueOptions _options = options ?? new InProcessQueueOptions();
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly Lock _gate = new();
    private readonly List<QueuedWork> _messages = [];
    private readonly List<DeadLetteredWork> _deadLetters = [];
    private readonly Dictionary<string, DateTimeOffset> _sentIds = new(StringComparer.Ordinal);
    private long _sequence;

    /// <summary>The dead-letter queue, oldest first.</summary>
    public IReadOnlyList<DeadLetteredWork> DeadLetters
    {
        get
        {
            lock (_gate)
            {
                ExpireLocks(_clock.GetUtcNow());
                return [.. _deadLetters];
            }
        }
    }

    /// <summary>Messages not yet completed or dead-lettered, scheduled ones included.</summary>
    public int ActiveCount
    {
        get
        {
            lock (_gate)
                return _messages.Count;
        }
    }

    public Task SendAsync(WorkMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return SendAsync(message.MessageId, message.Command.Subject, message.Command.ToBytes(), message.ScheduledFor, cancellationToken);
    }

    /// <summary>Sends a raw body, as a broker accepts any bytes; a consumer must cope with ones it cannot read.</summary>
    public Task SendAsync(string messageId, string? subject, ReadOnlyMemory<byte> body, DateTimeOffset? scheduledFor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        var now = _clock.GetUtcNow();
        lock (_gate)
        {
            foreach (var expired in _sentIds.Where(id => now - id.Value >= _options.DuplicateDetectionWindow).ToList())
                _sentIds.Remove(expired.Key);
            // Service Bus accepts a duplicate send and silently drops it.
            if (_sentIds.TryAdd(messageId, now))
                _messages.Add(new QueuedWork(++_sequence, messageId, subject, body.ToArray(), now, scheduledFor ?? now));
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ReceivedWork>> ReceiveAsync(int maxMessages, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxMessages);
        var now = _clock.GetUtcNow();
        lock (_gate)
        {
            ExpireLocks(now);
            var received = _messages
                .Where(m => m.LockToken is null && m.VisibleAt <= now)
                .OrderBy(m => m.Sequence)
                .Take(maxMessages)
                .Select(m => m.Lock(now + _options.LockDuration))
                .ToList();
            return Task.FromResult<IReadOnlyList<ReceivedWork>>(received);
        }
    }

    public Task CompleteAsync(ReceivedWork work, CancellationToken cancellationToken) =>
        Settle(work, message => _messages.Remove(message));

    public Task AbandonAsync(ReceivedWork work, CancellationToken cancellationToken) =>
        Settle(work, Release);

    public Task DeadLetterAsync(ReceivedWork work, string reason, string description, CancellationToken cancellationToken) =>
        Settle(work, message => MoveToDeadLetters(message, reason, description));

    private Task Settle(ReceivedWork work, Action<QueuedWork> settle)
    {
        ArgumentNullException.ThrowIfNull(work);
        lock (_gate)
        {
            ExpireLocks(_clock.GetUtcNow());
            var message = _messages.FirstOrDefault(m => m.LockToken == work.LockToken) ?? throw new WorkLockLostException();
            settle(message);
        }
        return Task.CompletedTask;
    }

    private void ExpireLocks(DateTimeOffset now)
    {
        foreach (var message in _messages.Where(m => m.LockToken is not null && m.LockedUntil <= now).ToList())
            Release(message);
    }

    private void Release(QueuedWork message)
    {
        if (message.DeliveryCount >= _options.MaxDeliveryCount)
            MoveToDeadLetters(message, DeadLetterReasons.MaxDeliveryCountExceeded, $"Delivered {message.DeliveryCount} times.");
        else
            message.Unlock();
    }

    private void MoveToDeadLetters(QueuedWork message, string reason, string? description)
    {
        _messages.Remove(message);
        _deadLetters.Add(new DeadLetteredWork(message.MessageId, message.Subject, message.Body, message.DeliveryCount, reason, description));
    }
}
