namespace Keepage.Connectors.Store.Migrations;

internal static class M004SyncLedger
{
    public static SqliteMigration Migration { get; } = new(4, "sync ledger", """
        CREATE TABLE sync_ledger (
            target TEXT NOT NULL,
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            content_hash TEXT NULL,
            crm_id TEXT NULL,
            last_outcome TEXT NOT NULL,
            last_error TEXT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (target, kind, key)
        );
        """);
}
