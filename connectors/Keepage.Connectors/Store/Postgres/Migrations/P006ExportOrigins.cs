namespace Keepage.Connectors.Store.Postgres.Migrations;

internal static class P006ExportOrigins
{
    // Where each ingested file (by content hash) can be read again, so quarantined records can be replayed from it.
    public static PostgresMigration Migration { get; } = new(6, "export origins", """
        CREATE TABLE export_origins (
            sha256 text PRIMARY KEY,
            file_name text NOT NULL,
            location text NOT NULL,
            format text NOT NULL,
            profile text NULL,
            source text NULL,
            crosswalk text NULL,
            recorded_at timestamptz NOT NULL
        );
        """);
}
