namespace Keepage.Connectors.Store.Migrations;

internal static class M005PendingUpdates
{
    // Updates (SIU, Appointment, Encounter) that arrived before their referral; applied in arrival order when it does.
    public static SqliteMigration Migration { get; } = new(5, "pending referral updates", """
        CREATE TABLE pending_referral_updates (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            source TEXT NOT NULL,
            referral_id TEXT NOT NULL,
            status TEXT NULL,
            scheduled_date TEXT NULL,
            appointment_date TEXT NULL,
            completed_date TEXT NULL,
            received_at TEXT NOT NULL,
            UNIQUE (source, referral_id, status, scheduled_date, appointment_date, completed_date)
        );
        """);
}
