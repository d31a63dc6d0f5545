namespace Keepage.Connectors.Store.Postgres.Migrations;

internal static class P002CrmMirror
{
    // crm_targets records that a target was synced, so a target whose snapshot is empty still loads; its rows
    // cascade with it.
    public static PostgresMigration Migration { get; } = new(2, "crm mirror", """
        CREATE TABLE crm_targets (
            crm_target text PRIMARY KEY,
            saved_at timestamptz NOT NULL
        );

        CREATE TABLE crm_providers (
            id bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
            crm_target text NOT NULL REFERENCES crm_targets (crm_target) ON DELETE CASCADE,
            crm_id text NOT NULL,
            npi text NULL,
            name text NOT NULL,
            practice_crm_id text NULL,
            owner_id text NULL,
            modified_on timestamptz NULL,
            PRIMARY KEY (crm_target, crm_id)
        );
        CREATE INDEX ix_crm_providers_npi ON crm_providers (npi);

        CREATE TABLE crm_practices (
            id bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
            crm_target text NOT NULL REFERENCES crm_targets (crm_target) ON DELETE CASCADE,
            crm_id text NOT NULL,
            practice_id text NULL,
            name text NOT NULL,
            owner_id text NULL,
            modified_on timestamptz NULL,
            PRIMARY KEY (crm_target, crm_id)
        );

        CREATE TABLE crm_activities (
            id bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
            crm_target text NOT NULL REFERENCES crm_targets (crm_target) ON DELETE CASCADE,
            crm_id text NOT NULL,
            kind text NOT NULL,
            subject text NULL,
            occurred_on timestamptz NULL,
            regarding_crm_id text NULL,
            regarding_type text NULL,
            owner_id text NULL,
            modified_on timestamptz NULL,
            PRIMARY KEY (crm_target, crm_id)
        );
        """);
}
