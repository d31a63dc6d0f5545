using Dapper;
using Keepage.Connectors.Store.Rows;
using Keepage.Core.Ingest;
using Keepage.Core.Referrals;
using Npgsql;
using static Keepage.Connectors.Store.Postgres.PostgresText;

namespace Keepage.Connectors.Store.Postgres;

/// <summary>
/// Updates that name no referral id, as in the SQLite store: resolved to one of the patient's referrals from the same
/// source (<see cref="PatientLink.Candidates"/>), held while the patient has none, refused when several match equally.
/// The caller holds the patient's advisory lock; the referrals read are locked too, for id-linked writers.
/// </summary>
internal sealed class PostgresPatientLinks(NpgsqlConnection connection, NpgsqlTransaction transaction, string now, CancellationToken cancellationToken)
{
    private static readonly string PendingColumns = $"""
        id AS Id, source AS Source, patient_key AS PatientKey, {Date("appointment_start")} AS AppointmentStart, status AS Status,
        {Date("scheduled_date")} AS ScheduledDate, {Date("appointment_date")} AS AppointmentDate, {Date("completed_date")} AS CompletedDate
        """;

    public async Task<UpsertOutcome> ApplyAsync(ReferralUpdate update, Func<ReferralUpdate, Task<UpsertOutcome>> applyById)
    {
        var link = update.Patient ?? throw new ArgumentException("An update needs a referral id or a patient link.", nameof(update));
        var candidates = link.Candidates(await ReferralsOfAsync(update.Source, link.PatientKey));
        return candidates.Count switch
        {
            0 => await DeferAsync(update, link),
            1 => await applyById(update.ForReferral(candidates[0].ReferralId)),
            _ => UpsertOutcome.Ambiguous,
        };
    }

    /// <summary>Applies, in arrival order, the held updates of a patient a referral just arrived for; one that still finds no single referral stays held.</summary>
    public async Task ApplyPendingAsync(string source, string patientKey, Func<ReferralUpdate, Task<UpsertOutcome>> applyById)
    {
        var pending = await connection.QueryAsync<PendingPatientUpdateRow>(Command(
            $"SELECT {PendingColumns} FROM pending_patient_updates WHERE source = @Source AND patient_key = @PatientKey ORDER BY id",
            new { Source = source, PatientKey = patientKey }));
        foreach (var row in pending.ToList())
        {
            var update = row.ToUpdate();
            var candidates = update.Patient!.Candidates(await ReferralsOfAsync(source, patientKey));
            if (candidates.Count != 1)
                continue;
            await applyById(update.ForReferral(candidates[0].ReferralId));
            await connection.ExecuteAsync(Command("DELETE FROM pending_patient_updates WHERE id = @Id", new { row.Id }));
        }
    }

    private async Task<IReadOnlyList<Referral>> ReferralsOfAsync(string source, string patientKey) =>
        [.. (await connection.QueryAsync<ReferralRow>(Command(
            $"SELECT {PostgresColumns.Referral} FROM referrals WHERE source = @Source AND patient_key = @PatientKey ORDER BY referral_id FOR UPDATE",
            new { Source = source, PatientKey = patientKey }))).Select(row => row.ToReferral())];

    private async Task<UpsertOutcome> DeferAsync(ReferralUpdate update, PatientLink link)
    {
        var inserted = await connection.ExecuteAsync(Command(PostgresReferralSql.DeferForPatient, PendingPatientUpdateRow.From(update, link, now)));
        return inserted == 0 ? UpsertOutcome.Duplicate : UpsertOutcome.Deferred;
    }

    private CommandDefinition Command(string sql, object parameters) =>
        new(sql, parameters, transaction, cancellationToken: cancellationToken);
}
