using System.Diagnostics.CodeAnalysis;

namespace Keepage.Core.Messaging;

/// <summary>
/// The work-item queue (Azure Service Bus in the cloud, an in-process queue embedded), always in peek-lock: a received
/// item stays locked until it is settled or its lock expires, and then it is delivered again with a higher delivery
/// count. Delivery is at least once, so every consumer must be idempotent. To reschedule an item, send a copy with
/// <see cref="WorkMessage.ScheduledFor"/> and complete the original.
/// </summary>
[SuppressMessage("Naming", "CA1711", Justification = "It is a queue: the broker's own word for what it seams.")]
public interface IWorkQueue
{
    /// <summary>
    /// Sends a message. One whose <see cref="WorkMessage.MessageId"/> was already sent within the duplicate-detection
    /// window is accepted and dropped.
    /// </summary>
    Task SendAsync(WorkMessage message, CancellationToken cancellationToken);

    /// <summary>Receives up to <paramref name="maxMessages"/> due messages, each locked to this receiver; may return none.</summary>
    Task<IReadOnlyList<ReceivedWork>> ReceiveAsync(int maxMessages, CancellationToken cancellationToken);

    /// <summary>Removes the item: it was handled. Throws <see cref="WorkLockLostException"/> when its lock has expired.</summary>
    Task CompleteAsync(ReceivedWork work, CancellationToken cancellationToken);

    /// <summary>Releases the lock at once so the item is delivered again (or dead-lettered at the delivery limit).</summary>
    Task AbandonAsync(ReceivedWork work, CancellationToken cancellationToken);

    /// <summary>Moves the item to the dead-letter queue. <paramref name="reason"/> and <paramref name="description"/> must hold no PHI.</summary>
    Task DeadLetterAsync(ReceivedWork work, string reason, string description, CancellationToken cancellationToken);
}
