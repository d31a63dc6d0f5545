namespace Keepage.Connectors.Store.Postgres.Migrations;

/// <summary>
/// Every PostgreSQL schema migration, in the order applied. Append new ones; never edit an applied one. Versions
/// follow the SQLite store's where the tables match, so the two schemas can be compared migration by migration.
/// </summary>
internal static class PostgresMigrations
{
    public static IReadOnlyList<PostgresMigration> All { get; } =
    [
        P001Referrals.Migration,
        P002CrmMirror.Migration,
        P003Analytics.Migration,
        P004SyncLedger.Migration,
        P005PendingUpdates.Migration,
        P006ExportOrigins.Migration,
        P007WorkLeases.Migration,
        P008PatientLinkedUpdates.Migration,
        P009LedgerFields.Migration,
        P010RunHistory.Migration,
        P011CrmDeltaState.Migration,
    ];
}
