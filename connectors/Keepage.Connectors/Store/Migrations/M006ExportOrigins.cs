namespace Keepage.Connectors.Store.Migrations;

internal static class M006ExportOrigins
{
    // Where each ingested file (by content hash) can be read again, so quarantined records can be replayed from it.
    public static SqliteMigration Migration { get; } = new(6, "export origins", """
        CREATE TABLE export_origins (
            sha256 TEXT PRIMARY KEY,
            file_name TEXT NOT NULL,
            location TEXT NOT NULL,
            format TEXT NOT NULL,
            profile TEXT NULL,
            source TEXT NULL,
            crosswalk TEXT NULL,
            recorded_at TEXT NOT NULL
        );
        """);
}
