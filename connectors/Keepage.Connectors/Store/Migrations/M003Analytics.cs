namespace Keepage.Connectors.Store.Migrations;

internal static class M003Analytics
{
    // Decimals are kept as invariant text: SQLite REAL would round them.
    public static SqliteMigration Migration { get; } = new(3, "kpis and alerts", """
        CREATE TABLE kpis (
            key TEXT PRIMARY KEY,
            kpi TEXT NOT NULL,
            grain TEXT NOT NULL,
            subject_id TEXT NOT NULL,
            subject_name TEXT NULL,
            period_type TEXT NOT NULL,
            period_start TEXT NOT NULL,
            value TEXT NOT NULL,
            previous_value TEXT NULL,
            change_percent TEXT NULL,
            count INTEGER NOT NULL,
            coverage TEXT NOT NULL
        );

        CREATE TABLE alerts (
            key TEXT PRIMARY KEY,
            rule TEXT NOT NULL,
            subject_type TEXT NOT NULL,
            subject_id TEXT NOT NULL,
            subject_name TEXT NULL,
            period TEXT NOT NULL,
            severity TEXT NOT NULL,
            expected TEXT NULL,
            observed TEXT NULL,
            explanation TEXT NOT NULL
        );
        """);
}
