namespace Keepage.Core.Messaging;

/// <summary>A work item could not be settled because its lock had expired; it will be delivered again.</summary>
public sealed class WorkLockLostException : Exception
{
    public WorkLockLostException()
        : this("The work item's lock expired before it was settled.")
    {
    }

    public WorkLockLostException(string message)
        : base(message)
    {
    }

    public WorkLockLostException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
