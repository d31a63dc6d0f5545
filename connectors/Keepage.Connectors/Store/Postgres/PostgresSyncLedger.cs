using Dapper;
using Keepage.Connectors.Store.Rows;
using Keepage.Core.Crm;
using Keepage.Core.Store;

namespace Keepage.Connectors.Store.Postgres;

/// <summary>The publish outbox, one row per (target, kind, key), upserted per record result.</summary>
internal sealed class PostgresSyncLedger(PostgresDatabase database) : ISyncLedger
{
    private static readonly string Upsert = PostgresJson.Insert("sync_ledger", """
        target text, kind text, key text, content_hash text, crm_id text, last_outcome text, last_error text, updated_at timestamptz,
        fields text
        """) + """

        ON CONFLICT (target, kind, key) DO UPDATE SET content_hash = excluded.content_hash, crm_id = excluded.crm_id,
            last_outcome = excluded.last_outcome, last_error = excluded.last_error, updated_at = excluded.updated_at,
            fields = excluded.fields
        """;

    public async Task<IReadOnlyDictionary<string, LedgerEntry>> LoadLedgerAsync(
        string target, CrmRecordKind kind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<LedgerRow>(new CommandDefinition(
            $"SELECT {PostgresColumns.Ledger} FROM sync_ledger WHERE target = @Target AND kind = @Kind",
            new { Target = target, Kind = kind.ToString() }, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToEntry()).ToDictionary(entry => entry.Key, StringComparer.Ordinal);
    }

    // One statement cannot update a row twice, so a key given twice keeps its last entry, as a run of upserts would.
    public async Task RecordAsync(IReadOnlyList<LedgerEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var rows = PostgresJson.LastPerKey(entries.Select(LedgerRow.From), row => (row.Target, row.Kind, row.Key));
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(Upsert, new { Rows = PostgresJson.Rows(rows) }, cancellationToken: cancellationToken));
    }
}
