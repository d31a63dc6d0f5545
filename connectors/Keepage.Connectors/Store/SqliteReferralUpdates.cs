using Dapper;
using Keepage.Connectors.Store.Rows;
using Keepage.Core.Ingest;
using Microsoft.Data.Sqlite;

namespace Keepage.Connectors.Store;

/// <summary>Status/date updates to held referrals, and the updates held back until their referral arrives.</summary>
internal static class SqliteReferralUpdates
{
    public static async Task<UpsertOutcome> ApplyAsync(
        SqliteConnection connection, SqliteTransaction transaction, ReferralUpdate update, string now, CancellationToken cancellationToken)
    {
        if (update.ReferralId is null)
            return await SqlitePatientLinks.ApplyAsync(connection, transaction, update, now, cancellationToken);
        var stored = await connection.QuerySingleOrDefaultAsync<ReferralRow>(new CommandDefinition(
            $"SELECT {ReferralRow.Columns} FROM referrals WHERE source = @Source AND referral_id = @ReferralId",
            new { update.Source, update.ReferralId }, transaction, cancellationToken: cancellationToken));
        if (stored is null)
            return await DeferAsync(connection, transaction, update, now, cancellationToken);
        var merged = ReferralRow.From(update.ApplyTo(stored.ToReferral()), now);
        if (merged.ContentHash == stored.ContentHash)
            return UpsertOutcome.Duplicate;
        await connection.ExecuteAsync(new CommandDefinition(SqliteReferralStore.UpdateReferral, merged, transaction, cancellationToken: cancellationToken));
        return UpsertOutcome.Updated;
    }

    /// <summary>Applies, in arrival order, the updates that were waiting for this referral, then forgets them.</summary>
    public static async Task ApplyPendingAsync(
        SqliteConnection connection, SqliteTransaction transaction, string source, string referralId, string now, CancellationToken cancellationToken)
    {
        var key = new { Source = source, ReferralId = referralId };
        var pending = (await connection.QueryAsync<PendingUpdateRow>(new CommandDefinition(
            $"SELECT {PendingUpdateRow.Columns} FROM pending_referral_updates WHERE source = @Source AND referral_id = @ReferralId ORDER BY id",
            key, transaction, cancellationToken: cancellationToken))).ToList();
        if (pending.Count == 0)
            return;
        foreach (var row in pending)
            await ApplyAsync(connection, transaction, row.ToUpdate(), now, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM pending_referral_updates WHERE source = @Source AND referral_id = @ReferralId",
            key, transaction, cancellationToken: cancellationToken));
    }

    private static async Task<UpsertOutcome> DeferAsync(
        SqliteConnection connection, SqliteTransaction transaction, ReferralUpdate update, string now, CancellationToken cancellationToken)
    {
        var inserted = await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO pending_referral_updates (source, referral_id, status, scheduled_date, appointment_date, completed_date, update_key, received_at)
            VALUES (@Source, @ReferralId, @Status, @ScheduledDate, @AppointmentDate, @CompletedDate, @UpdateKey, @ReceivedAt)
            ON CONFLICT DO NOTHING
            """, PendingUpdateRow.From(update, now), transaction, cancellationToken: cancellationToken));
        return inserted == 0 ? UpsertOutcome.Duplicate : UpsertOutcome.Deferred;
    }
}
