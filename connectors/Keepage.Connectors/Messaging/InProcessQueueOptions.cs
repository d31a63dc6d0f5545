namespace Keepage.Connectors.Messaging;

/// <summary>
/// The in-process queue's broker settings, with Azure Service Bus's defaults: a 1-minute lock, 10 deliveries before
/// dead-lettering, a 10-minute duplicate-detection window.
/// </summary>
public sealed record InProcessQueueOptions
{
    public TimeSpan LockDuration { get; init; } = TimeSpan.FromMinutes(1);

    public int MaxDeliveryCount { get; init; } = 10;

    public TimeSpan DuplicateDetectionWindow { get; init; } = TimeSpan.FromMinutes(10);
}
