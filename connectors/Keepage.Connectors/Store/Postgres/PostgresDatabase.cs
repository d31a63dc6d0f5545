using Npgsql;

namespace Keepage.Connectors.Store.Postgres;

/// <summary>
/// Opens connections to one PostgreSQL database, from a data source (which may fetch Entra ID tokens as passwords) or
/// from a connection string (Npgsql's shared pool), and stamps times from one clock. Tables are created and read
/// unqualified, so a <c>Search Path</c> in the connection string places Keepage in its own schema.
/// </summary>
internal sealed class PostgresDatabase
{
    private readonly NpgsqlDataSource? _dataSource;
    private readonly string? _connectionString;
    private readonly TimeProvider _clock;

    public PostgresDatabase(string connectionString, TimeProvider clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _connectionString = connectionString;
        _clock = clock;
    }

    public PostgresDatabase(NpgsqlDataSource dataSource, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        _dataSource = dataSource;
        _clock = clock;
    }

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (_dataSource is not null)
            return await _dataSource.OpenConnectionAsync(cancellationToken);
        var connection = new NpgsqlConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
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
