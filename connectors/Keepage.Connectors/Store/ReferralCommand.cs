using Keepage.Connectors.Store.Rows;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Keepage.Connectors.Store;

/// <summary>
/// One INSERT or UPDATE of a referral row, prepared once per chunk and re-bound per row through SQLite's own API:
/// a million-row ingest spends most of its store time binding, and binding UTF-16 text by position skips ADO.NET's
/// per-row parameter name lookups and UTF-8 copies. Runs inside the connection's current transaction.
/// </summary>
internal sealed class ReferralCommand : IDisposable
{
    private static readonly string[] Names =
    [
        "@Source", "@ReferralId", "@PatientKey", "@ReferringNpi", "@ReferringName", "@ReferringPracticeId",
        "@ReferringPracticeName", "@ReferredToNpi", "@ReferredToDepartment", "@Specialty", "@ServiceLine", "@ReferralDate",
        "@Status", "@ScheduledDate", "@AppointmentDate", "@CompletedDate", "@InNetwork", "@ProcedureCode", "@Payer",
        "@Priority", "@Flags", "@ContentHash", "@FirstSeenAt", "@UpdatedAt",
    ];

    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;
    private readonly int[] _positions;

    public ReferralCommand(SqliteConnection connection, string sql)
    {
        _database = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_database, sql, out _statement));
        _positions = [.. Names.Select(name => raw.sqlite3_bind_parameter_index(_statement, name))];
    }

    public void Execute(ReferralRow row)
    {
        string?[] text =
        [
            row.Source, row.ReferralId, row.PatientKey, row.ReferringNpi, row.ReferringName, row.ReferringPracticeId,
            row.ReferringPracticeName, row.ReferredToNpi, row.ReferredToDepartment, row.Specialty, row.ServiceLine,
            row.ReferralDate, row.Status, row.ScheduledDate, row.AppointmentDate, row.CompletedDate, null, row.ProcedureCode,
            row.Payer, row.Priority, row.Flags, row.ContentHash, row.FirstSeenAt, row.UpdatedAt,
        ];
        for (var field = 0; field < text.Length; field++)
        {
            var position = _positions[field];
            if (position == 0)
                continue;
            Check(field == 16 ? BindNumber(position, row.InNetwork)
                : text[field] is { } value ? raw.sqlite3_bind_text16(_statement, position, value) : raw.sqlite3_bind_null(_statement, position));
        }
        var step = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (step != raw.SQLITE_DONE)
            Check(step);
    }

    public void Dispose() => _statement.Dispose();

    private int BindNumber(int position, long? value) =>
        value is { } number ? raw.sqlite3_bind_int64(_statement, position, number) : raw.sqlite3_bind_null(_statement, position);

    private void Check(int result)
    {
        if (result is not (raw.SQLITE_OK or raw.SQLITE_DONE))
            throw new SqliteException($"SQLite error {result}: {raw.sqlite3_errmsg(_database).utf8_to_string()}", result);
    }
}
