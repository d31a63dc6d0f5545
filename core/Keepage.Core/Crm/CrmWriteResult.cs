namespace Keepage.Core.Crm;

/// <summary>The outcome of one record's upsert. <see cref="Error"/> is PHI-free (codes and CRM messages only).</summary>
public sealed record CrmWriteResult(string Key, CrmWriteOutcome Outcome, string? CrmId = null, string? Error = null);

public enum CrmWriteOutcome
{
    Created,
    Updated,
    Unchanged,
    RetryableFailure,
    PermanentFailure,
}
