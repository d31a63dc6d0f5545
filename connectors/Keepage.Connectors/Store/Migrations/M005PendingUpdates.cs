namespace Keepage.Connectors.Store.Migrations;

internal static class M005PendingUpdates
{
    // Updates (SIU, Appointment, Encounter) that arrived before their referral; applied in arrival order when it does.
    // update_key spells out every value (NULLs included) because SQL UNIQUE treats NULLs as distinct.
    public static SqliteMigration Migration { get; } = new(5, "pending referral updates", """
        CREATE TABLE pending_referral_updates (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            source TEXT NOT NULL,
            referral_id TEXT NOT NULL,
            status TEXT NULL,
            scheduled_date TEXT NULL,
            appointment_date TEXT NULL,
            completed_date TEXT NULL,
            update_key TEXT NOT NULL,
            received_at TEXT NOT NULL,
            UNIQUE (source, referral_id, update_key)
        );
        """);
}
