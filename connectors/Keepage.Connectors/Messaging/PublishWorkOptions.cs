using System.ComponentModel.DataAnnotations;

namespace Keepage.Connectors.Messaging;

/// <summary>How publish work items are cut and consumed (section <c>Keepage:Publish</c>).</summary>
public sealed class PublishWorkOptions
{
    public const string ConfigurationSection = "Keepage:Publish";

    /// <summary>Record keys per work item: one CRM batch's worth, so a throttled item delays few records.</summary>
    [Range(1, 1000)]
    public int RecordsPerMessage { get; set; } = 100;

    /// <summary>
    /// Deliveries after which a failing item is dead-lettered with Keepage's reason. Keep it at or below the queue's own
    /// max delivery count, or the broker dead-letters first with its generic reason.
    /// </summary>
    [Range(1, 100)]
    public int MaxDeliveryCount { get; set; } = 5;

    /// <summary>
    /// How long to wait before retrying an item whose records the CRM throttled (429) once its in-process retries, which
    /// honour Retry-After, ran out. A CRM target that knows the exact Retry-After throws CrmAskedToWaitException instead.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ThrottledRetryDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Messages received per call.</summary>
    [Range(1, 256)]
    public int ReceiveBatchSize { get; set; } = 16;

    /// <summary>At most this many messages per drain, so one timer run stays well inside its time limit.</summary>
    [Range(1, 100_000)]
    public int MaxMessagesPerDrain { get; set; } = 500;
}
