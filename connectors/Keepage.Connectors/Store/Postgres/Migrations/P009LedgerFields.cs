namespace Keepage.Connectors.Store.Postgres.Migrations;

internal static class P009LedgerFields
{
    public static PostgresMigration Migration { get; } = new(9, "sync ledger fields", """
        ALTER TABLE sync_ledger ADD COLUMN fields text NULL;
        """);
}
