using Npgsql;

namespace Keepage.Tests.Store.Postgres;

/// <summary>
/// A schema of its own on the test server named by <c>KEEPAGE_TEST_POSTGRES</c> (./test.sh starts one through
/// scripts/services/postgres.sh), dropped afterwards. Without the variable the calling test is skipped.
/// </summary>
internal sealed class PostgresTestDatabase : IAsyncDisposable
{
    public const string Variable = "KEEPAGE_TEST_POSTGRES";

    private readonly string _server;
    private readonly string _schema = "t_" + Guid.NewGuid().ToString("N");

    private PostgresTestDatabase(string server)
    {
        _server = server;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { SearchPath = _schema }.ConnectionString;
    }

    /// <summary>The server's connection string with this schema as the search path.</summary>
    public string ConnectionString { get; }

    public static string ServerOrSkip()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(server))
            Assert.Skip($"{Variable} is not set: the PostgreSQL tests need a server. ./test.sh starts one (scripts/services/postgres.sh) and sets it.");
        return server;
    }

    public static async Task<PostgresTestDatabase> CreateAsync()
    {
        var database = new PostgresTestDatabase(ServerOrSkip());
        await database.ExecuteAsync($"CREATE SCHEMA {database._schema}");
        return database;
    }

    public async Task<T?> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return (T?)await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await using (var connection = new NpgsqlConnection(ConnectionString))
            NpgsqlConnection.ClearPool(connection);
        await ExecuteAsync($"DROP SCHEMA IF EXISTS {_schema} CASCADE");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync(CancellationToken.None);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(CancellationToken.None);
    }
}
