using Dapper;
using Keepage.Core.Messaging;
using Npgsql;

namespace Keepage.Connectors.Store.Postgres;

/// <summary>
/// Leases in the <c>work_leases</c> table, timed by the database's clock so instances with drifting clocks agree.
/// Taking a lease is one upsert that only succeeds while the row is absent or expired (the row lock decides a race).
/// </summary>
public sealed class PostgresWorkLease : IWorkLease
{
    private const string Take = """
        INSERT INTO work_leases AS held (name, holder, expires_at) VALUES (@Name, @Holder, now() + @Duration)
        ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
        WHERE held.expires_at <= now()
        RETURNING holder
        """;

    private readonly PostgresDatabase _database;

    /// <summary>Leases in the database of <paramref name="connectionString"/>; the store's migrations create the table.</summary>
    public PostgresWorkLease(string connectionString) => _database = new PostgresDatabase(connectionString, TimeProvider.System);

    public PostgresWorkLease(NpgsqlDataSource dataSource) => _database = new PostgresDatabase(dataSource, TimeProvider.System);

    public async Task<IAsyncDisposable?> TryAcquireAsync(string name, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var holder = Guid.NewGuid();
        await using var connection = await _database.OpenAsync(cancellationToken);
        var taken = await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(
            Take, new { Name = name, Holder = holder, Duration = duration }, cancellationToken: cancellationToken));
        return taken == holder ? new Release(_database, name, holder) : null;
    }

    private sealed class Release(PostgresDatabase database, string name, Guid holder) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await using var connection = await database.OpenAsync(CancellationToken.None);
            await connection.ExecuteAsync("DELETE FROM work_leases WHERE name = @Name AND holder = @Holder", new { Name = name, Holder = holder });
        }
    }
}
