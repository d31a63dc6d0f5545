namespace Keepage.Core.Messaging;

/// <summary>
/// A locked work item as received: the raw body (read it with <see cref="WorkCommand.TryRead"/>), how often it has
/// been delivered (1 on the first delivery), and the lock that settling it needs.
/// </summary>
public sealed record ReceivedWork(
    string MessageId,
    string? Subject,
    ReadOnlyMemory<byte> Body,
    int DeliveryCount,
    DateTimeOffset EnqueuedAt,
    DateTimeOffset LockedUntil,
    string LockToken);
