using Keepage.Core.Store;

namespace Keepage.Connectors.Store.Rows;

internal sealed record RunRow
{
    public const string Values = """
        started_at, finished_at, config_hash, dry_run, files, read, accepted, duplicates, quarantined, kpi_records, alerts,
        created, updated, unchanged, failed
        """;

    public long Id { get; init; }
    public string StartedAt { get; init; } = "";
    public string FinishedAt { get; init; } = "";
    public string ConfigHash { get; init; } = "";
    public bool DryRun { get; init; }
    public int Files { get; init; }
    public int Read { get; init; }
    public int Accepted { get; init; }
    public int Duplicates { get; init; }
    public int Quarantined { get; init; }
    public int KpiRecords { get; init; }
    public int Alerts { get; init; }
    public int Created { get; init; }
    public int Updated { get; init; }
    public int Unchanged { get; init; }
    public int Failed { get; init; }

    public static RunRow From(RunRecord run) => new()
    {
        StartedAt = StoreText.Timestamp(run.StartedAt),
        FinishedAt = StoreText.Timestamp(run.FinishedAt),
        ConfigHash = run.ConfigHash,
        DryRun = run.DryRun,
        Files = run.Files,
        Read = run.Read,
        Accepted = run.Accepted,
        Duplicates = run.Duplicates,
        Quarantined = run.Quarantined,
        KpiRecords = run.KpiRecords,
        Alerts = run.Alerts,
        Created = run.Created,
        Updated = run.Updated,
        Unchanged = run.Unchanged,
        Failed = run.Failed,
    };

    public RunRecord ToRecord() => new(
        StoreText.ParseTimestamp(StartedAt), StoreText.ParseTimestamp(FinishedAt), ConfigHash, DryRun, Files, Read, Accepted,
        Duplicates, Quarantined, KpiRecords, Alerts, Created, Updated, Unchanged, Failed) { Id = Id };
}
