namespace Keepage.Connectors.Store.Migrations;

internal static class M007PatientLinkedUpdates
{
    // Updates that name no referral id (an SIU without SCH-26/27) are linked by patient key and appointment start;
    // those for a patient with no referral yet wait here. referrals gets no patient_key index on purpose: inserting
    // random 64-character keys into one made a million-row ingest several times slower, so a patient lookup scans
    // the source's referrals instead. Add one in a later migration if a site's unordered SIU feed is large.
    public static SqliteMigration Migration { get; } = new(7, "patient-linked referral updates", """
        CREATE TABLE pending_patient_updates (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            source TEXT NOT NULL,
            patient_key TEXT NOT NULL CHECK (length(patient_key) = 64 AND patient_key NOT GLOB '*[^0-9a-f]*'),
            appointment_start TEXT NULL,
            status TEXT NULL,
            scheduled_date TEXT NULL,
            appointment_date TEXT NULL,
            completed_date TEXT NULL,
            update_key TEXT NOT NULL,
            received_at TEXT NOT NULL,
            UNIQUE (source, patient_key, update_key)
        );
        """);
}
