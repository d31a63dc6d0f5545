using Dapper;
using System.Text.Json;
using Keepage.Connectors.Store.Rows;
using Keepage.Core.Ingest;
using Microsoft.Data.Sqlite;

namespace Keepage.Connectors.Store;

/// <summary>
/// Upserts a chunk of referrals in one transaction: the stored content hashes of the whole chunk are read with one
/// query per source, then each row is inserted, updated or counted a duplicate with a prepared command.
/// </summary>
internal static class SqliteReferralUpserts
{
    public static async Task<IReadOnlyList<UpsertOutcome>> UpsertAsync(
        SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<ReferralRow> rows, CancellationToken cancellationToken)
    {
        var stored = await StoredHashesAsync(connection, transaction, rows, cancellationToken);
        var hasPending = await HasPendingUpdatesAsync(connection, transaction, cancellationToken);
        var hasPatientPending = await SqlitePatientLinks.AnyPendingAsync(connection, transaction, cancellationToken);
        using var insert = new ReferralCommand(connection, SqliteReferralStore.InsertReferral);
        using var update = new ReferralCommand(connection, SqliteReferralStore.UpdateReferral);
        var outcomes = new List<UpsertOutcome>(rows.Count);
        foreach (var row in rows)
        {
            var key = (row.Source, row.ReferralId);
            var known = stored.GetValueOrDefault(key);
            if (known == row.ContentHash)
            {
                outcomes.Add(UpsertOutcome.Duplicate);
                continue;
            }
            cancellationToken.ThrowIfCancellationRequested();
            (known is null ? insert : update).Execute(row);
            stored[key] = row.ContentHash;
            outcomes.Add(known is null ? UpsertOutcome.Inserted : UpsertOutcome.Updated);
            if (known is null && hasPending)
                stored[key] = await ApplyPendingAsync(connection, transaction, row, cancellationToken);
            if (known is null && hasPatientPending && row.PatientKey is not null)
                await ApplyPatientPendingAsync(connection, transaction, row, stored, cancellationToken);
        }
        return outcomes;
    }

    // Updates held for a referral change its stored hash, so the hash is read back for a later row in the chunk.
    private static async Task<string?> ApplyPendingAsync(
        SqliteConnection connection, SqliteTransaction transaction, ReferralRow row, CancellationToken cancellationToken)
    {
        await SqliteReferralUpdates.ApplyPendingAsync(connection, transaction, row.Source, row.ReferralId, row.UpdatedAt, cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT content_hash FROM referrals WHERE source = @source AND referral_id = @id";
        command.Parameters.AddWithValue("@source", row.Source);
        command.Parameters.AddWithValue("@id", row.ReferralId);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    // A held patient update may land on any referral of the patient, so all of their hashes are read back.
    private static async Task ApplyPatientPendingAsync(
        SqliteConnection connection, SqliteTransaction transaction, ReferralRow row,
        Dictionary<(string Source, string ReferralId), string?> stored, CancellationToken cancellationToken)
    {
        await SqlitePatientLinks.ApplyPendingAsync(connection, transaction, row.Source, row.PatientKey!, row.UpdatedAt, cancellationToken);
        var hashes = await connection.QueryAsync<(string ReferralId, string ContentHash)>(new CommandDefinition(
            "SELECT referral_id, content_hash FROM referrals WHERE source = @Source AND patient_key = @PatientKey",
            new { row.Source, row.PatientKey }, transaction, cancellationToken: cancellationToken));
        foreach (var (referralId, hash) in hashes)
            stored[(row.Source, referralId)] = hash;
    }

    private static async Task<bool> HasPendingUpdatesAsync(
        SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT EXISTS (SELECT 1 FROM pending_referral_updates)";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 1;
    }

    // One query per source with the ids as one JSON array parameter: binding hundreds of named parameters costs more
    // than the lookup itself.
    private static async Task<Dictionary<(string Source, string ReferralId), string?>> StoredHashesAsync(
        SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<ReferralRow> rows, CancellationToken cancellationToken)
    {
        var stored = new Dictionary<(string, string), string?>(rows.Count);
        foreach (var source in rows.GroupBy(row => row.Source, StringComparer.Ordinal))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                SELECT referral_id, content_hash FROM referrals
                WHERE source = @source AND referral_id IN (SELECT value FROM json_each(@ids))
                """;
            command.Parameters.AddWithValue("@source", source.Key);
            command.Parameters.AddWithValue("@ids", JsonSerializer.Serialize(source.Select(row => row.ReferralId).Distinct(StringComparer.Ordinal).ToArray()));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                stored[(source.Key, reader.GetString(0))] = reader.GetString(1);
        }
        return stored;
    }
}
