namespace Keepage.Connectors.Store.Postgres.Migrations;

internal static class P010RunHistory
{
    public static PostgresMigration Migration { get; } = new(10, "run history", """
        CREATE TABLE runs (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            started_at timestamptz NOT NULL,
            finished_at timestamptz NOT NULL,
            config_hash text NOT NULL,
            dry_run boolean NOT NULL,
            files integer NOT NULL,
            read integer NOT NULL,
            accepted integer NOT NULL,
            duplicates integer NOT NULL,
            quarantined integer NOT NULL,
            kpi_records integer NOT NULL,
            alerts integer NOT NULL,
            created integer NOT NULL,
            updated integer NOT NULL,
            unchanged integer NOT NULL,
            failed integer NOT NULL
        );
        """);
}
