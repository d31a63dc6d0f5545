namespace Keepage.Connectors.Store.Migrations;

/// <summary>Every schema migration, in the order applied. Append new ones; never edit an applied one.</summary>
internal static class SqliteMigrations
{
    public static IReadOnlyList<SqliteMigration> All { get; } =
    [
        M001Referrals.Migration,
        M002CrmMirror.Migration,
        M003Analytics.Migration,
        M004SyncLedger.Migration,
        M005PendingUpdates.Migration,
        M006ExportOrigins.Migration,
        M007PatientLinkedUpdates.Migration,
        M008LedgerFields.Migration,
        M009RunHistory.Migration,
        M010CrmDeltaState.Migration,
    ];
}
