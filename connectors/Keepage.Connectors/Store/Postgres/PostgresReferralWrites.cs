using Dapper;
using Keepage.Connectors.Store.Rows;
using Keepage.Core.Ingest;
using Npgsql;

namespace Keepage.Connectors.Store.Postgres;

/// <summary>
/// Referral upserts and status updates inside one transaction, with the same outcomes as the SQLite store: each row
/// in order (a later row sees an earlier one), and updates held for a referral (or its patient) applied right after
/// it is inserted.
/// </summary>
internal sealed class PostgresReferralWrites(NpgsqlConnection connection, NpgsqlTransaction transaction, string now, CancellationToken cancellationToken)
{
    private readonly PostgresPatientLinks _patients = new(connection, transaction, now, cancellationToken);
    private HashSet<(string Source, string ReferralId)> _pending = [];
    private HashSet<(string Source, string PatientKey)> _patientPending = [];

    /// <summary>Locks the referrals and patients this transaction writes, and notes which have updates held.</summary>
    public async Task LockAsync(IEnumerable<(string Source, string ReferralId)> referrals, IEnumerable<(string Source, string PatientKey)> patients)
    {
        var ids = referrals.Distinct().ToList();
        var keys = patients.Distinct().ToList();
        var names = ids.Select(k => LockName("referral", k.Source, k.ReferralId)).Concat(keys.Select(k => LockName("patient", k.Source, k.PatientKey)));
        await connection.ExecuteAsync(Command(PostgresReferralSql.LockNames, new { Names = names.ToArray() }));
        _pending = [.. await connection.QueryAsync<(string, string)>(Command(
            PostgresReferralSql.KeysWithPendingUpdates, new { Sources = ids.Select(k => k.Source).ToArray(), Ids = ids.Select(k => k.ReferralId).ToArray() }))];
        _patientPending = [.. await connection.QueryAsync<(string, string)>(Command(
            PostgresReferralSql.PatientKeysWithPendingUpdates, new { Sources = keys.Select(k => k.Source).ToArray(), Keys = keys.Select(k => k.PatientKey).ToArray() }))];
    }

    /// <summary>Upserts the rows in order: in one batch when none has updates waiting, else row by row.</summary>
    public async Task<List<UpsertOutcome>> UpsertAsync(IReadOnlyList<ReferralRow> rows)
    {
        if (rows.Count == 0)
            return [];
        if (!rows.Any(HasPending))
            return await PostgresReferralBatch.UpsertAsync(connection, transaction, rows, cancellationToken);
        var outcomes = new List<UpsertOutcome>(rows.Count);
        foreach (var row in rows)
            outcomes.Add(await UpsertAsync(row));
        return outcomes;
    }

    private bool HasPending(ReferralRow row) =>
        _pending.Contains((row.Source, row.ReferralId)) || row.PatientKey is not null && _patientPending.Contains((row.Source, row.PatientKey));

    private async Task<UpsertOutcome> UpsertAsync(ReferralRow row)
    {
        var inserted = await connection.QuerySingleOrDefaultAsync<bool?>(Command(PostgresReferralSql.Upsert, row));
        if (inserted is null)
            return UpsertOutcome.Duplicate;
        if (inserted == true && _pending.Remove((row.Source, row.ReferralId)))
            await ApplyPendingAsync(row.Source, row.ReferralId);
        if (inserted == true && row.PatientKey is not null && _patientPending.Contains((row.Source, row.PatientKey)))
            await _patients.ApplyPendingAsync(row.Source, row.PatientKey, ApplyAsync);
        return inserted == true ? UpsertOutcome.Inserted : UpsertOutcome.Updated;
    }

    public async Task<UpsertOutcome> ApplyAsync(ReferralUpdate update)
    {
        if (update.ReferralId is null)
            return await _patients.ApplyAsync(update, ApplyAsync);
        // FOR UPDATE: a patient-linked update from another instance may change this row under a different lock.
        var stored = await connection.QuerySingleOrDefaultAsync<ReferralRow>(Command(
            $"SELECT {PostgresColumns.Referral} FROM referrals WHERE source = @Source AND referral_id = @ReferralId FOR UPDATE",
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

    // The same text the lock statement used to build in SQL, so referral locks keep their keys.
    private static string LockName(string kind, string source, string key) => $"{kind}\u001f{source}\u001f{key}";

    private CommandDefinition Command(string sql, object parameters) =>
        new(sql, parameters, transaction, cancellationToken: cancellationToken);
}
