namespace Keepage.Connectors.Store.Migrations;

internal static class M001Referrals
{
    // patient_key only admits a keyed pseudonym (64 lower-case hex characters), so a raw patient id cannot be stored
    // there even by mistake. Dates are ISO text, timestamps ISO 8601 UTC text.
    public static SqliteMigration Migration { get; } = new(1, "referrals, receipts and quarantine", """
        CREATE TABLE referrals (
            source TEXT NOT NULL,
            referral_id TEXT NOT NULL,
            patient_key TEXT NULL CHECK (patient_key IS NULL OR (length(patient_key) = 64 AND patient_key NOT GLOB '*[^0-9a-f]*')),
            referring_npi TEXT NULL,
            referring_name TEXT NULL,
            referring_practice_id TEXT NULL,
            referring_practice_name TEXT NULL,
            referred_to_npi TEXT NULL,
            referred_to_department TEXT NULL,
            specialty TEXT NULL,
            service_line TEXT NULL,
            referral_date TEXT NOT NULL,
            status TEXT NOT NULL,
            scheduled_date TEXT NULL,
            appointment_date TEXT NULL,
            completed_date TEXT NULL,
            in_network INTEGER NULL CHECK (in_network IN (0, 1)),
            procedure_code TEXT NULL,
            payer TEXT NULL,
            priority TEXT NULL,
            flags TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            first_seen_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (source, referral_id)
        );
        CREATE INDEX ix_referrals_referral_date ON referrals (referral_date);

        CREATE TABLE export_receipts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            file_name TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            source TEXT NOT NULL,
            read_count INTEGER NOT NULL,
            accepted INTEGER NOT NULL,
            duplicates INTEGER NOT NULL,
            quarantined INTEGER NOT NULL,
            flagged INTEGER NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX ix_export_receipts_sha256 ON export_receipts (sha256);

        CREATE TABLE quarantine (
            file_sha256 TEXT NOT NULL,
            record_number INTEGER NOT NULL,
            file_name TEXT NOT NULL,
            source TEXT NOT NULL,
            reason TEXT NOT NULL,
            quarantined_at TEXT NOT NULL,
            PRIMARY KEY (file_sha256, record_number)
        );
        """);
}
