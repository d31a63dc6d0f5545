using Dapper;
using Keepage.Connectors.Store.Rows;
using Keepage.Core.Ingest;
using Npgsql;

namespace Keepage.Connectors.Store.Postgres;

/// <summary>
/// Referral upserts and status updates inside one transaction, with the same outcomes as the SQLite store: each row
/// in order (a later row sees an earlier one), and updates held for a referral applied right after it is inserted.
/// </summary>
internal sealed class PostgresReferralWrites(NpgsqlConnection connection, NpgsqlTransaction transaction, string now, CancellationToken cancellationToken)
{
    private HashSet<(string Source, string ReferralId)> _pending = [];

    public async Task LockAsync(IEnumerable<(string Source, string ReferralId)> keys)
    {
        var distinct = keys.Distinct().ToList();
        var parameters = new { Sources = distinct.Select(k => k.Source).ToArray(), Ids = distinct.Select(k => k.ReferralId).ToArray() };
        await connection.ExecuteAsync(Command(PostgresReferralSql.LockKeys, parameters));
        _pending = [.. await connection.QueryAsync<(string, string)>(Command(PostgresReferralSql.KeysWithPendingUpdates, parameters))];
    }

    /// <summary>Upserts the rows in order: in one batch when none has updates waiting, else row by row.</summary>
    public async Task<List<UpsertOutcome>> UpsertAsync(IReadOnlyList<ReferralRow> rows)
    {
        if (rows.Count == 0)
            return [];
        if (!rows.Any(row => _pending.Contains((row.Source, row.ReferralId))))
            return await PostgresReferralBatch.UpsertAsync(connection, transaction, rows, cancellationToken);
        var outcomes = new List<UpsertOutcome>(rows.Count);
        foreach (var row in rows)
            outcomes.Add(await UpsertAsync(row));
        return outcomes;
    }

    private async Task<UpsertOutcome> UpsertAsync(ReferralRow row)
    {
        var inserted = await connection.QuerySingleOrDefaultAsync<bool?>(Command(PostgresReferralSql.Upsert, row));
        if (inserted is null)
            return UpsertOutcome.Duplicate;
        if (inserted == true && _pending.Remove((row.Source, row.ReferralId)))
            await ApplyPendingAsync(row.Source, row.ReferralId);
        return inserted == true ? UpsertOutcome.Inserted : UpsertOutcome.Updated;
    }

    public async Task<UpsertOutcome> ApplyAsync(ReferralUpdate update)
    {
        var stored = await connection.QuerySingleOrDefaultAsync<ReferralRow>(Command(
            $"SELECT {PostgresColumns.Referral} FROM referrals WHERE source = @Source AND referral_id = @ReferralId",
            new { update.Source, update.ReferralId }));
        if (stored is null)
            return await DeferAsync(update);
        var merged = ReferralRow.From(update.ApplyTo(stored.ToReferral()), now);
        if (merged.ContentHash == stored.ContentHash)
            return UpsertOutcome.Duplicate;
        await connection.ExecuteAsync(Command(PostgresReferralSql.Upsert, merged));
        return UpsertOutcome.Updated;
    }

    /// <summary>Applies, in arrival order, the updates that were waiting for this referral, then forgets them.</summary>
    private async Task ApplyPendingAsync(string source, string referralId)
    {
        var key = new { Source = source, ReferralId = referralId };
        var pending = await connection.QueryAsync<PendingUpdateRow>(Command(
            $"SELECT {PostgresColumns.PendingUpdate} FROM pending_referral_updates WHERE source = @Source AND referral_id = @ReferralId ORDER BY id", key));
        foreach (var row in pending)
            await ApplyAsync(row.ToUpdate());
        await connection.ExecuteAsync(Command("DELETE FROM pending_referral_updates WHERE source = @Source AND referral_id = @ReferralId", key));
    }

    private async Task<UpsertOutcome> DeferAsync(ReferralUpdate update)
    {
        var inserted = await connection.ExecuteAsync(Command(PostgresReferralSql.Defer, PendingUpdateRow.From(update, now)));
        return inserted == 0 ? UpsertOutcome.Duplicate : UpsertOutcome.Deferred;
    }

    private CommandDefinition Command(string sql, object parameters) =>
        new(sql, parameters, transaction, cancellationToken: cancellationToken);
}
