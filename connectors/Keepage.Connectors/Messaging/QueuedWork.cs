using Keepage.Core.Messaging;

namespace Keepage.Connectors.Messaging;

/// <summary>One message held by <see cref="InProcessWorkQueue"/>, and its lock while a receiver has it.</summary>
internal sealed class QueuedWork(long sequence, string messageId, string? subject, byte[] body, DateTimeOffset enqueuedAt, DateTimeOffset visibleAt)
{
    public long Sequence { get; } = sequence;
    public string MessageId { get; } = messageId;
    public string? Subject { get; } = subject;
    public byte[] Body { get; } = body;
    public DateTimeOffset VisibleAt { get; } = visibleAt;
    public int DeliveryCount { get; private set; }
    public string? LockToken { get; private set; }
    public DateTimeOffset LockedUntil { get; private set; }

    public ReceivedWork Lock(DateTimeOffset until)
    {
        DeliveryCount++;
        LockToken = Guid.NewGuid().ToString();
        LockedUntil = until;
        return new ReceivedWork(MessageId, Subject, Body, DeliveryCount, enqueuedAt, until, LockToken);
    }

    public void Unlock() => LockToken = null;
}
