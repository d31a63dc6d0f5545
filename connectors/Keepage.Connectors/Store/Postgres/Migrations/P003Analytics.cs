namespace Keepage.Connectors.Store.Postgres.Migrations;

internal static class P003Analytics
{
    // numeric keeps decimals exactly, as the SQLite store's invariant text does.
    public static PostgresMigration Migration { get; } = new(3, "kpis and alerts", """
        CREATE TABLE kpis (
            key text PRIMARY KEY,
            kpi text NOT NULL,
            grain text NOT NULL,
            subject_id text NOT NULL,
            subject_name text NULL,
            period_type text NOT NULL,
            period_start date NOT NULL,
            value numeric NOT NULL,
            previous_value numeric NULL,
            change_percent numeric NULL,
            count integer NOT NULL,
            coverage numeric NOT NULL
        );

        CREATE TABLE alerts (
            key text PRIMARY KEY,
            rule text NOT NULL,
            subject_type text NOT NULL,
            subject_id text NOT NULL,
            subject_name text NULL,
            period text NOT NULL,
            severity text NOT NULL,
            expected numeric NULL,
            observed numeric NULL,
            explanation text NOT NULL
        );
        """);
}
