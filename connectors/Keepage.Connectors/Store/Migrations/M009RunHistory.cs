namespace Keepage.Connectors.Store.Migrations;

internal static class M009RunHistory
{
    public static SqliteMigration Migration { get; } = new(9, "run history", """
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            started_at TEXT NOT NULL,
            finished_at TEXT NOT NULL,
            config_hash TEXT NOT NULL,
            dry_run INTEGER NOT NULL,
            files INTEGER NOT NULL,
            read INTEGER NOT NULL,
            accepted INTEGER NOT NULL,
            duplicates INTEGER NOT NULL,
            quarantined INTEGER NOT NULL,
            kpi_records INTEGER NOT NULL,
            alerts INTEGER NOT NULL,
            created INTEGER NOT NULL,
            updated INTEGER NOT NULL,
            unchanged INTEGER NOT NULL,
            failed INTEGER NOT NULL
        );
        """);
}
