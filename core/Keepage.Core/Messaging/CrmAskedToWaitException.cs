namespace Keepage.Core.Messaging;

/// <summary>
/// A CRM answered "not now" (429 or 503 with Retry-After) for longer than the in-process retry budget. The work item
/// is rescheduled for after <see cref="RetryAfter"/> instead of being retried at once or slept on.
/// </summary>
public sealed class CrmAskedToWaitException : Exception
{
    public CrmAskedToWaitException()
        : this(TimeSpan.Zero)
    {
    }

    public CrmAskedToWaitException(string message)
        : base(message)
    {
    }

    public CrmAskedToWaitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CrmAskedToWaitException(TimeSpan retryAfter, Exception? innerException = null)
        : base($"The CRM asked to wait {retryAfter.TotalSeconds:0} s.", innerException) => RetryAfter = retryAfter;

    public TimeSpan RetryAfter { get; }
}
