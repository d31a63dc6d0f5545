namespace Keepage.Connectors.Messaging;

/// <summary>A work item in the in-process queue's dead-letter queue, with the PHI-free reason it was put there.</summary>
public sealed record DeadLetteredWork(
    string MessageId,
    string? Subject,
    ReadOnlyMemory<byte> Body,
    int DeliveryCount,
    string Reason,
    string? Description);
