namespace Keepage.Connectors.Messaging;

/// <summary>How the consumer settled one received work item.</summary>
public enum Settlement
{
    Completed,
    Rescheduled,
    Abandoned,
    DeadLettered,
    LockLost,
}
