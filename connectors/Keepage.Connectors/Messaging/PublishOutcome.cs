namespace Keepage.Connectors.Messaging;

/// <summary>
/// What publishing one work item's records did. <see cref="Throttled"/> counts the retryable failures the CRM answered
/// with 429 (it asked to wait). <see cref="FirstFailure"/> is the first failed record's status and error code only (no
/// CRM message text), so it can go into a dead-letter description.
/// </summary>
public sealed record PublishOutcome(
    bool TargetFound, int Records, int Written, int RetryableFailures, int PermanentFailures, int Throttled, string? FirstFailure)
{
    public static PublishOutcome UnknownTarget { get; } = new(false, 0, 0, 0, 0, 0, null);
}
