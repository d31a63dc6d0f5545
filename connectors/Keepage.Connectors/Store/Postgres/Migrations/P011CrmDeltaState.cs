namespace Keepage.Connectors.Store.Postgres.Migrations;

internal static class P011CrmDeltaState
{
    public static PostgresMigration Migration { get; } = new(11, "crm delta state", """
        CREATE TABLE crm_delta_state (
            crm_target text NOT NULL,
            crm_table text NOT NULL,
            delta_link text NOT NULL,
            rows_json text NOT NULL,
            saved_at timestamptz NOT NULL,
            PRIMARY KEY (crm_target, crm_table)
        );
        """);
}
