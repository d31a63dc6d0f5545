using Keepage.Core.Crm;

namespace Keepage.Connectors.Salesforce.Writes;

/// <summary>
/// Turns Salesforce's answer for one record into its <see cref="CrmWriteResult"/>. UNABLE_TO_LOCK_ROW, limits and server
/// trouble are retryable; validation errors, duplicates and several External ID matches are reported, not retried (wire spec B9).
/// </summary>
internal static class ItemOutcomes
{
    public const string LockError = "UNABLE_TO_LOCK_ROW";

    private static readonly HashSet<string> RetryableCodes = [LockError, "REQUEST_LIMIT_EXCEEDED", "SERVER_UNAVAILABLE", "UNKNOWN_EXCEPTION", "QUERY_TIMEOUT"];

    public static ItemResult Written(WriteItem item, string? id, bool created) =>
        new(item, new CrmWriteResult(item.Key, created ? CrmWriteOutcome.Created : CrmWriteOutcome.Updated, id));

    public static ItemResult Failed(WriteItem item, int status, string? code, string? message)
    {
        var retryable = status is 0 or 408 or 429 or >= 500 || code is not null && RetryableCodes.Contains(code);
        var result = new CrmWriteResult(item.Key, retryable ? CrmWriteOutcome.RetryableFailure : CrmWriteOutcome.PermanentFailure,
            Error: $"{(status == 0 ? "" : status + " ")}{code}: {message}".Trim());
        return new ItemResult(item, result, code == LockError);
    }

    public static ItemResult Retryable(WriteItem item, string reason) =>
        new(item, new CrmWriteResult(item.Key, CrmWriteOutcome.RetryableFailure, Error: reason));
}
