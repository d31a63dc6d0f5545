namespace Keepage.Connectors.Store.Migrations;

/// <summary>One numbered schema change, applied once, in a transaction, in version order.</summary>
internal sealed record SqliteMigration(int Version, string Name, string Sql);
