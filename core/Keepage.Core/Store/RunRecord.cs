namespace Keepage.Core.Store;

/// <summary>
/// One run's record: when, with which configuration (SHA-256 of the file), whether it was a dry run, and its counts
/// (files and records ingested; KPIs and alerts computed; CRM records created, updated, unchanged, failed or planned).
/// </summary>
public sealed record RunRecord(
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    string ConfigHash,
    bool DryRun,
    int Files,
    int Read,
    int Accepted,
    int Duplicates,
    int Quarantined,
    int KpiRecords,
    int Alerts,
    int Created,
    int Updated,
    int Unchanged,
    int Failed)
{
    /// <summary>The store's number for the run (0 until recorded).</summary>
    public long Id { get; init; }
}
