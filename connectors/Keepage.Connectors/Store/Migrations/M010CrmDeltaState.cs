namespace Keepage.Connectors.Store.Migrations;

internal static class M010CrmDeltaState
{
    public static SqliteMigration Migration { get; } = new(10, "crm delta state", """
        CREATE TABLE crm_delta_state (
            crm_target TEXT NOT NULL,
            crm_table TEXT NOT NULL,
            delta_link TEXT NOT NULL,
            rows_json TEXT NOT NULL,
            saved_at TEXT NOT NULL,
            PRIMARY KEY (crm_target, crm_table)
        );
        """);
}
