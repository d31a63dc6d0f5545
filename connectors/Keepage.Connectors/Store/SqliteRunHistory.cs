using Dapper;
using Keepage.Connectors.Store.Rows;
using Keepage.Core.Store;

namespace Keepage.Connectors.Store;

/// <summary>The runs table: one row per <c>keepage run</c>.</summary>
internal sealed class SqliteRunHistory(SqliteDatabase database) : IRunHistory
{
    private const string Columns = """
        id AS Id, started_at AS StartedAt, finished_at AS FinishedAt, config_hash AS ConfigHash, dry_run AS DryRun,
        files AS Files, read AS Read, accepted AS Accepted, duplicates AS Duplicates, quarantined AS Quarantined,
        kpi_records AS KpiRecords, alerts AS Alerts, created AS Created, updated AS Updated, unchanged AS Unchanged, failed AS Failed
        """;

    public async Task RecordRunAsync(RunRecord run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition($"""
            INSERT INTO runs ({RunRow.Values})
            VALUES (@StartedAt, @FinishedAt, @ConfigHash, @DryRun, @Files, @Read, @Accepted, @Duplicates, @Quarantined, @KpiRecords,
                @Alerts, @Created, @Updated, @Unchanged, @Failed)
            """, RunRow.From(run), cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<RunRecord>> ListRunsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<RunRow>(new CommandDefinition(
            $"SELECT {Columns} FROM runs ORDER BY id DESC", cancellationToken: cancellationToken));
        return [.. rows.Select(row => row.ToRecord())];
    }
}
