namespace Keepage.Connectors.Store.Postgres.Migrations;

/// <summary>One numbered PostgreSQL schema change, applied once, inside the migration transaction, in version order.</summary>
internal sealed record PostgresMigration(int Version, string Name, string Sql);
