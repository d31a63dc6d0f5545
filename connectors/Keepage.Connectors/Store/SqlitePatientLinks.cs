using Dapper;
using Keepage.Connectors.Store.Rows;
using Keepage.Core.Ingest;
using Microsoft.Data.Sqlite;

namespace Keepage.Connectors.Store;

/// <summary>
/// Updates that name no referral id: resolved to one of the patient's referrals from the same source
/// (<see cref="PatientLink.Candidates"/>), held while the patient has none, refused when several match equally.
/// </summary>
internal static class SqlitePatientLinks
{
    public static async Task<UpsertOutcome> ApplyAsync(
        SqliteConnection connection, SqliteTransaction transaction, ReferralUpdate update, string now, CancellationToken cancellationToken)
    {
        var link = update.Patient ?? throw new ArgumentException("An update needs a referral id or a patient link.", nameof(update));
        var candidates = link.Candidates(await ReferralsOfAsync(connection, transaction, update.Source, link.PatientKey, cancellationToken));
        return candidates.Count switch
        {
            0 => await DeferAsync(connection, transaction, update, link, now, cancellationToken),
            1 => await SqliteReferralUpdates.ApplyAsync(connection, transaction, update.ForReferral(candidates[0].ReferralId), now, cancellationToken),
            _ => UpsertOutcome.Ambiguous,
        };
    }

    /// <summary>
    /// Applies, in arrival order, the held updates of a patient a referral just arrived for; one that still finds
    /// no single referral stays held.
    /// </summary>
    public static async Task ApplyPendingAsync(
        SqliteConnection connection, SqliteTransaction transaction, string source, string patientKey, string now, CancellationToken cancellationToken)
    {
        var pending = await connection.QueryAsync<PendingPatientUpdateRow>(new CommandDefinition($"""
            SELECT id AS Id, {Columns} FROM pending_patient_updates WHERE source = @Source AND patient_key = @PatientKey ORDER BY id
            """, new { Source = source, PatientKey = patientKey }, transaction, cancellationToken: cancellationToken));
        foreach (var row in pending.ToList())
        {
            var update = row.ToUpdate();
            var candidates = update.Patient!.Candidates(await ReferralsOfAsync(connection, transaction, source, patientKey, cancellationToken));
            if (candidates.Count != 1)
                continue;
            await SqliteReferralUpdates.ApplyAsync(connection, transaction, update.ForReferral(candidates[0].ReferralId), now, cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM pending_patient_updates WHERE id = @Id", new { row.Id }, transaction, cancellationToken: cancellationToken));
        }
    }

    public static async Task<bool> AnyPendingAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken) =>
        await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM pending_patient_updates)", transaction: transaction, cancellationToken: cancellationToken)) == 1;

    private const string Columns = """
        source AS Source, patient_key AS PatientKey, appointment_start AS AppointmentStart, status AS Status,
        scheduled_date AS ScheduledDate, appointment_date AS AppointmentDate, completed_date AS CompletedDate
        """;

    private static async Task<IReadOnlyList<Core.Referrals.Referral>> ReferralsOfAsync(
        SqliteConnection connection, SqliteTransaction transaction, string source, string patientKey, CancellationToken cancellationToken) =>
        [.. (await connection.QueryAsync<ReferralRow>(new CommandDefinition(
            $"SELECT {ReferralRow.Columns} FROM referrals WHERE source = @Source AND patient_key = @PatientKey",
            new { Source = source, PatientKey = patientKey }, transaction, cancellationToken: cancellationToken))).Select(row => row.ToReferral())];

    private static async Task<UpsertOutcome> DeferAsync(
        SqliteConnection connection, SqliteTransaction transaction, ReferralUpdate update, PatientLink link, string now, CancellationToken cancellationToken)
    {
        var inserted = await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO pending_patient_updates (source, patient_key, appointment_start, status, scheduled_date, appointment_date,
                completed_date, update_key, received_at)
            VALUES (@Source, @PatientKey, @AppointmentStart, @Status, @ScheduledDate, @AppointmentDate, @CompletedDate, @UpdateKey, @ReceivedAt)
            ON CONFLICT DO NOTHING
            """, PendingPatientUpdateRow.From(update, link, now), transaction, cancellationToken: cancellationToken));
        return inserted == 0 ? UpsertOutcome.Duplicate : UpsertOutcome.Deferred;
    }
}
