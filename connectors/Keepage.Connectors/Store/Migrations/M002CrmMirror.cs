namespace Keepage.Connectors.Store.Migrations;

internal static class M002CrmMirror
{
    // crm_targets records that a target was synced, so a target whose snapshot is empty still loads; its rows
    // cascade with it.
    public static SqliteMigration Migration { get; } = new(2, "crm mirror", """
        CREATE TABLE crm_targets (
            crm_target TEXT PRIMARY KEY,
            saved_at TEXT NOT NULL
        );

        CREATE TABLE crm_providers (
            crm_target TEXT NOT NULL REFERENCES crm_targets (crm_target) ON DELETE CASCADE,
            crm_id TEXT NOT NULL,
            npi TEXT NULL,
            name TEXT NOT NULL,
            practice_crm_id TEXT NULL,
            owner_id TEXT NULL,
            modified_on TEXT NULL,
            PRIMARY KEY (crm_target, crm_id)
        );
        CREATE INDEX ix_crm_providers_npi ON crm_providers (npi);

        CREATE TABLE crm_practices (
            crm_target TEXT NOT NULL REFERENCES crm_targets (crm_target) ON DELETE CASCADE,
            crm_id TEXT NOT NULL,
            practice_id TEXT NULL,
            name TEXT NOT NULL,
            owner_id TEXT NULL,
            modified_on TEXT NULL,
            PRIMARY KEY (crm_target, crm_id)
        );

        CREATE TABLE crm_activities (
            crm_target TEXT NOT NULL REFERENCES crm_targets (crm_target) ON DELETE CASCADE,
            crm_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            subject TEXT NULL,
            occurred_on TEXT NULL,
            regarding_crm_id TEXT NULL,
            regarding_type TEXT NULL,
            owner_id TEXT NULL,
            modified_on TEXT NULL,
            PRIMARY KEY (crm_target, crm_id)
        );
        """);
}
