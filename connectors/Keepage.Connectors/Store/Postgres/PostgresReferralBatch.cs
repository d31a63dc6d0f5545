using Keepage.Connectors.Store.Rows;
using Keepage.Core.Ingest;
using Npgsql;

namespace Keepage.Connectors.Store.Postgres;

/// <summary>
/// A chunk of referral upserts sent as one <see cref="NpgsqlBatch"/>: one round trip instead of one per row. The
/// server runs the statements in order, so a row still sees the rows before it, and each statement's RETURNING tells
/// its outcome. Only used when no row of the chunk has updates waiting, which must be applied between rows.
/// </summary>
internal static class PostgresReferralBatch
{
    private static readonly (string Name, Func<ReferralRow, object?> Value)[] Parameters =
    [
        ("@Source", row => row.Source),
        ("@ReferralId", row => row.ReferralId),
        ("@PatientKey", row => row.PatientKey),
        ("@ReferringNpi", row => row.ReferringNpi),
        ("@ReferringName", row => row.ReferringName),
        ("@ReferringPracticeId", row => row.ReferringPracticeId),
        ("@ReferringPracticeName", row => row.ReferringPracticeName),
        ("@ReferredToNpi", row => row.ReferredToNpi),
        ("@ReferredToDepartment", row => row.ReferredToDepartment),
        ("@Specialty", row => row.Specialty),
        ("@ServiceLine", row => row.ServiceLine),
        ("@ReferralDate", row => row.ReferralDate),
        ("@Status", row => row.Status),
        ("@ScheduledDate", row => row.ScheduledDate),
        ("@AppointmentDate", row => row.AppointmentDate),
        ("@CompletedDate", row => row.CompletedDate),
        ("@InNetwork", row => row.InNetwork),
        ("@ProcedureCode", row => row.ProcedureCode),
        ("@Payer", row => row.Payer),
        ("@Priority", row => row.Priority),
        ("@Flags", row => row.Flags),
        ("@ContentHash", row => row.ContentHash),
        ("@FirstSeenAt", row => row.FirstSeenAt),
        ("@UpdatedAt", row => row.UpdatedAt),
    ];

    // Batches take positional parameters; the longest names are replaced first so @Priority never eats @PriorityX.
    private static readonly string Sql = Parameters
        .Select((parameter, index) => (parameter.Name, Position: $"${index + 1}"))
        .OrderByDescending(parameter => parameter.Name.Length)
        .Aggregate(PostgresReferralSql.Upsert, (sql, parameter) => sql.Replace(parameter.Name, parameter.Position, StringComparison.Ordinal));

    public static async Task<List<UpsertOutcome>> UpsertAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<ReferralRow> rows, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var row in rows)
        {
            var command = new NpgsqlBatchCommand(Sql);
            foreach (var (_, value) in Parameters)
                command.Parameters.Add(new NpgsqlParameter { Value = value(row) ?? DBNull.Value });
            batch.BatchCommands.Add(command);
        }
        var outcomes = new List<UpsertOutcome>(rows.Count);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        do
        {
            outcomes.Add(!await reader.ReadAsync(cancellationToken) ? UpsertOutcome.Duplicate
                : reader.GetBoolean(0) ? UpsertOutcome.Inserted
                : UpsertOutcome.Updated);
        }
        while (await reader.NextResultAsync(cancellationToken));
        return outcomes;
    }
}
