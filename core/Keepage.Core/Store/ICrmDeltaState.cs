namespace Keepage.Core.Store;

/// <summary>
/// Where a CRM connector keeps, between runs, each table's change-tracking position (the delta link) and the rows it
/// had then (JSON), so the next run asks the CRM only for what changed. Holds CRM contact, account and activity rows:
/// no patient data.
/// </summary>
public interface ICrmDeltaState
{
    /// <summary>The state saved for a target's table (entity set and selected columns), or null when there is none.</summary>
    Task<CrmDeltaPosition?> LoadDeltaAsync(string target, string table, CancellationToken cancellationToken);

    /// <summary>Replaces the table's state; a null position forgets it (the next read is a full one).</summary>
    Task SaveDeltaAsync(string target, string table, CrmDeltaPosition? position, CancellationToken cancellationToken);
}

/// <summary>A table's delta link and its rows (a JSON array) as of that link.</summary>
public sealed record CrmDeltaPosition(string DeltaLink, string RowsJson);
