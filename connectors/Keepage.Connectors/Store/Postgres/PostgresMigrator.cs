using Dapper;
using Keepage.Connectors.Store.Postgres.Migrations;

namespace Keepage.Connectors.Store.Postgres;

/// <summary>
/// Brings the schema to the latest version in one transaction (PostgreSQL DDL is transactional) under a transaction
/// advisory lock keyed by the schema, so instances starting together apply each migration once and the others wait.
/// </summary>
internal sealed class PostgresMigrator(PostgresDatabase database)
{
    private const string CreateHistory = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version integer PRIMARY KEY,
            name text NOT NULL,
            applied_at timestamptz NOT NULL
        );
        """;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            $"SELECT pg_advisory_xact_lock({PostgresLocks.Key("'migrate'")})", transaction: transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(CreateHistory, transaction: transaction, cancellationToken: cancellationToken));
        var applied = (await connection.QueryAsync<int>(new CommandDefinition(
            "SELECT version FROM schema_migrations", transaction: transaction, cancellationToken: cancellationToken))).ToHashSet();
        foreach (var migration in PostgresMigrations.All.Where(m => !applied.Contains(m.Version)))
        {
            await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt::timestamptz)",
                new { migration.Version, migration.Name, AppliedAt = database.Now() }, transaction, cancellationToken: cancellationToken));
        }
        await transaction.CommitAsync(cancellationToken);
    }
}
