using Dapper;
using Keepage.Connectors.Store.Rows;
using Keepage.Core.Crm;
using Keepage.Core.Store;

namespace Keepage.Connectors.Store;

/// <summary>The publish outbox, one row per (target, kind, key), upserted per record result.</summary>
internal sealed class SqliteSyncLedger(SqliteDatabase database) : ISyncLedger
{
    public async Task<IReadOnlyDictionary<string, LedgerEntry>> LoadLedgerAsync(
        string target, CrmRecordKind kind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<LedgerRow>(new CommandDefinition(
            $"SELECT {LedgerRow.Columns} FROM sync_ledger WHERE target = @Target AND kind = @Kind",
            new { Target = target, Kind = kind.ToString() }, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToEntry()).ToDictionary(entry => entry.Key, StringComparer.Ordinal);
    }

    public async Task RecordAsync(IReadOnlyList<LedgerEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO sync_ledger (target, kind, key, content_hash, crm_id, last_outcome, last_error, updated_at, fields)
            VALUES (@Target, @Kind, @Key, @ContentHash, @CrmId, @LastOutcome, @LastError, @UpdatedAt, @Fields)
            ON CONFLICT (target, kind, key) DO UPDATE SET content_hash = excluded.content_hash, crm_id = excluded.crm_id,
                last_outcome = excluded.last_outcome, last_error = excluded.last_error, updated_at = excluded.updated_at,
                fields = excluded.fields
            """, entries.Select(LedgerRow.From).ToList(), transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }
}
