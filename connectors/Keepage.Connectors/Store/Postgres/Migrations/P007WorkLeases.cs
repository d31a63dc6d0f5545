namespace Keepage.Connectors.Store.Postgres.Migrations;

internal static class P007WorkLeases
{
    // Named leases for work that runs once at a time across instances; an expired lease is free to take.
    public static PostgresMigration Migration { get; } = new(7, "work leases", """
        CREATE TABLE work_leases (
            name text PRIMARY KEY,
            holder uuid NOT NULL,
            expires_at timestamptz NOT NULL
        );
        """);
}
