namespace Keepage.Connectors.Store.Postgres.Migrations;

internal static class P001Referrals
{
    // patient_key only admits a keyed pseudonym (64 lower-case hex characters), so a raw patient id cannot be stored
    // there even by mistake. Identity columns keep arrival order, which SQLite gets from rowid.
    public static PostgresMigration Migration { get; } = new(1, "referrals, receipts and quarantine", """
        CREATE TABLE referrals (
            source text NOT NULL,
            referral_id text NOT NULL,
            patient_key text NULL CHECK (patient_key ~ '^[0-9a-f]{64}$'),
            referring_npi text NULL,
            referring_name text NULL,
            referring_practice_id text NULL,
            referring_practice_name text NULL,
            referred_to_npi text NULL,
            referred_to_department text NULL,
            specialty text NULL,
            service_line text NULL,
            referral_date date NOT NULL,
            status text NOT NULL,
            scheduled_date date NULL,
            appointment_date date NULL,
            completed_date date NULL,
            in_network boolean NULL,
            procedure_code text NULL,
            payer text NULL,
            priority text NULL,
            flags jsonb NOT NULL,
            content_hash text NOT NULL,
            first_seen_at timestamptz NOT NULL,
            updated_at timestamptz NOT NULL,
            PRIMARY KEY (source, referral_id)
        );
        CREATE INDEX ix_referrals_referral_date ON referrals (referral_date);

        CREATE TABLE export_receipts (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            file_name text NOT NULL,
            sha256 text NOT NULL,
            source text NOT NULL,
            read_count integer NOT NULL,
            accepted integer NOT NULL,
            duplicates integer NOT NULL,
            quarantined integer NOT NULL,
            flagged integer NOT NULL,
            ingested_at timestamptz NOT NULL
        );
        CREATE INDEX ix_export_receipts_sha256 ON export_receipts (sha256);

        CREATE TABLE quarantine (
            id bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
            file_sha256 text NOT NULL,
            record_number integer NOT NULL,
            file_name text NOT NULL,
            source text NOT NULL,
            reason text NOT NULL,
            quarantined_at timestamptz NOT NULL,
            PRIMARY KEY (file_sha256, record_number)
        );
        """);
}
