namespace Keepage.Connectors.Store.Postgres.Migrations;

internal static class P008PatientLinkedUpdates
{
    // As SQLite's M007 (numbered 8 here because work leases took 7): updates linked by patient key and appointment
    // start, held while the patient has no referral. No patient_key index on referrals, as in SQLite (see M007).
    public static PostgresMigration Migration { get; } = new(8, "patient-linked referral updates", """
        CREATE TABLE pending_patient_updates (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            source text NOT NULL,
            patient_key text NOT NULL CHECK (patient_key ~ '^[0-9a-f]{64}$'),
            appointment_start date NULL,
            status text NULL,
            scheduled_date date NULL,
            appointment_date date NULL,
            completed_date date NULL,
            received_at timestamptz NOT NULL,
            UNIQUE NULLS NOT DISTINCT (source, patient_key, appointment_start, status, scheduled_date, appointment_date, completed_date)
        );
        """);
}
