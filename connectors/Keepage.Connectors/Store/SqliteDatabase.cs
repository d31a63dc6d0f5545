using Microsoft.Data.Sqlite;

namespace Keepage.Connectors.Store;

/// <summary>Opens connections to one SQLite database with foreign keys on, and stamps times from one clock.</summary>
internal sealed class SqliteDatabase
{
    private readonly string _connectionString;
    private readonly TimeProvider _clock;

    public SqliteDatabase(string connectionString, TimeProvider clock)
    {
        // Foreign keys are a per-connection setting in SQLite; the connection string applies it to every open.
        _connectionString = new SqliteConnectionStringBuilder(connectionString) { ForeignKeys = true }.ToString();
        _clock = clock;
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // In WAL mode NORMAL only syncs at checkpoints: a power cut may lose the last commits but never corrupts
            // the file, and an ingest re-run restores them (ingest is idempotent). FULL would sync every chunk. A
            // 32 MiB page cache and rarer checkpoints keep a million-row ingest off the disk.
            await using (var pragma = connection.CreateCommand())
            {
                pragma.CommandText = "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32768; PRAGMA wal_autocheckpoint = 8192;";
                await pragma.ExecuteNonQueryAsync(cancellationToken);
            }
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public string Now() => StoreText.Timestamp(_clock.GetUtcNow());
}
