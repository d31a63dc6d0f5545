namespace Keepage.Connectors.Store.Migrations;

internal static class M008LedgerFields
{
    // The fields last confirmed written, as JSON, so a dry run can show each changed field's old value.
    public static SqliteMigration Migration { get; } = new(8, "sync ledger fields", """
        ALTER TABLE sync_ledger ADD COLUMN fields TEXT NULL;
        """);
}
