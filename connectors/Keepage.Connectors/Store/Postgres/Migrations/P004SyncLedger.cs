namespace Keepage.Connectors.Store.Postgres.Migrations;

internal static class P004SyncLedger
{
    public static PostgresMigration Migration { get; } = new(4, "sync ledger", """
        CREATE TABLE sync_ledger (
            target text NOT NULL,
            kind text NOT NULL,
            key text NOT NULL,
            content_hash text NULL,
            crm_id text NULL,
            last_outcome text NOT NULL,
            last_error text NULL,
            updated_at timestamptz NOT NULL,
            PRIMARY KEY (target, kind, key)
        );
        """);
}
