using Keepage.Connectors.Store.Rows;
using Microsoft.Data.Sqlite;

namespace Keepage.Connectors.Store;

/// <summary>
/// One INSERT or UPDATE of a referral row, prepared once and re-bound per row: Dapper would rebuild the parameters
/// for every row, which dominates a million-row ingest.
/// </summary>
internal sealed class ReferralCommand : IDisposable
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

    private readonly SqliteCommand _command;
    private readonly List<(SqliteParameter Parameter, Func<ReferralRow, object?> Value)> _bindings = [];

    public ReferralCommand(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = sql;
        foreach (var (name, value) in Parameters.Where(parameter => sql.Contains(parameter.Name, StringComparison.Ordinal)))
            _bindings.Add((_command.Parameters.Add(new SqliteParameter(name, null)), value));
    }

    public Task<int> ExecuteAsync(ReferralRow row, CancellationToken cancellationToken)
    {
        foreach (var (parameter, value) in _bindings)
            parameter.Value = value(row) ?? DBNull.Value;
        return _command.ExecuteNonQueryAsync(cancellationToken);
    }

    public void Dispose() => _command.Dispose();
}
