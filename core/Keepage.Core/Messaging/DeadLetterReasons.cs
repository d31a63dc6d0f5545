namespace Keepage.Core.Messaging;

/// <summary>
/// Keepage's own dead-letter reason codes. Reasons and descriptions show in portals and logs, so they hold codes,
/// counts and status codes only, never record content or patient data.
/// </summary>
public static class DeadLetterReasons
{
    /// <summary>The body is not a command this version understands; retrying cannot help.</summary>
    public const string MalformedWorkItem = "MalformedWorkItem";

    /// <summary>The command names a CRM target this deployment does not have.</summary>
    public const string UnknownTarget = "UnknownTarget";

    /// <summary>The CRM refused records for good (validation, permissions); retrying cannot help.</summary>
    public const string CrmRejectedRecords = "CrmRejectedRecords";

    /// <summary>Failed on every delivery up to the limit.</summary>
    public const string DeliveryLimitReached = "DeliveryLimitReached";

    /// <summary>The broker's own code when an item's lock expired or it was abandoned at the delivery limit.</summary>
    public const string MaxDeliveryCountExceeded = "MaxDeliveryCountExceeded";
}
