namespace Keepage.Connectors.Store.Postgres.Migrations;

internal static class P005PendingUpdates
{
    // Updates (SIU, Appointment, Encounter) that arrived before their referral; applied in arrival order when it does.
    // NULLS NOT DISTINCT (PostgreSQL 15+): the same update held twice is one row, whichever dates it leaves empty.
    public static PostgresMigration Migration { get; } = new(5, "pending referral updates", """
        CREATE TABLE pending_referral_updates (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            source text NOT NULL,
            referral_id text NOT NULL,
            status text NULL,
            scheduled_date date NULL,
            appointment_date date NULL,
            completed_date date NULL,
            received_at timestamptz NOT NULL,
            UNIQUE NULLS NOT DISTINCT (source, referral_id, status, scheduled_date, appointment_date, completed_date)
        );
        """);
}
