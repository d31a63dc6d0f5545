using Dapper;
using Keepage.Connectors.Store.Migrations;
using Microsoft.Data.Sqlite;

namespace Keepage.Connectors.Store;

/// <summary>
/// Brings the schema to the latest version: each migration not yet in <c>schema_migrations</c> runs in its own
/// IMMEDIATE transaction (which takes the write lock), so two processes starting together apply it once.
/// </summary>
internal sealed class SqliteMigrator(SqliteDatabase database)
{
    private const string CreateHistory = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            applied_at TEXT NOT NULL
        );
        """;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // WAL lets readers work while a file is ingested; the mode is stored in the database file.
        await connection.ExecuteAsync(new CommandDefinition("PRAGMA journal_mode = WAL;", cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(CreateHistory, cancellationToken: cancellationToken));
        foreach (var migration in SqliteMigrations.All)
            await ApplyAsync(connection, migration, cancellationToken);
    }

    private async Task ApplyAsync(SqliteConnection connection, SqliteMigration migration, CancellationToken cancellationToken)
    {
        await using var transaction = connection.BeginTransaction();
        var applied = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT count(*) FROM schema_migrations WHERE version = @Version", migration, transaction, cancellationToken: cancellationToken));
        if (applied > 0)
            return;
        await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
            new { migration.Version, migration.Name, AppliedAt = database.Now() }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }
}
