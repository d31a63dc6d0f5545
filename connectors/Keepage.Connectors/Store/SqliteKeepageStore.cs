using Keepage.Core.Alerts;
using Keepage.Core.Crm;
using Keepage.Core.Ingest;
using Keepage.Core.Kpis;
using Keepage.Core.Referrals;
using Keepage.Core.Store;
using Microsoft.Data.Sqlite;

namespace Keepage.Connectors.Store;

/// <summary>
/// Keepage's embedded state in one SQLite file (WAL, foreign keys on). Call <see cref="MigrateAsync"/> at start-up.
/// Each write method is one transaction. Holds only pseudonymised patient keys.
/// </summary>
public sealed class SqliteKeepageStore : IKeepageStore
{
    private readonly SqliteMigrator _migrator;
    private readonly SqliteReferralStore _referrals;
    private readonly SqliteCrmMirror _crm;
    private readonly SqliteAnalyticsStore _analytics;
    private readonly SqliteSyncLedger _ledger;
    private readonly SqliteRunHistory _runs;
    private readonly CrmDeltaTable _delta;

    /// <summary>A store in the database file at <paramref name="databasePath"/>, created if absent.</summary>
    public SqliteKeepageStore(string databasePath, TimeProvider? timeProvider = null)
        : this(new SqliteDatabase(ConnectionStringFor(databasePath), timeProvider ?? TimeProvider.System))
    {
    }

    private SqliteKeepageStore(SqliteDatabase database)
    {
        _migrator = new SqliteMigrator(database);
        _referrals = new SqliteReferralStore(database);
        _crm = new SqliteCrmMirror(database);
        _analytics = new SqliteAnalyticsStore(database);
        _ledger = new SqliteSyncLedger(database);
        _runs = new SqliteRunHistory(database);
        _delta = new CrmDeltaTable(async ct => await database.OpenAsync(ct), database.Now, "@SavedAt");
    }

    /// <summary>A store for a Microsoft.Data.Sqlite connection string; foreign keys are switched on regardless.</summary>
    public static SqliteKeepageStore FromConnectionString(string connectionString, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return new(new SqliteDatabase(connectionString, timeProvider ?? TimeProvider.System));
    }

    public Task MigrateAsync(CancellationToken cancellationToken) => _migrator.MigrateAsync(cancellationToken);

    public Task<IReadOnlyList<UpsertOutcome>> UpsertReferralsAsync(IReadOnlyList<Referral> referrals, CancellationToken cancellationToken) =>
        _referrals.UpsertReferralsAsync(referrals, cancellationToken);

    public Task<IReadOnlyList<UpsertOutcome>> ApplyUpdatesAsync(IReadOnlyList<ReferralUpdate> updates, CancellationToken cancellationToken) =>
        _referrals.ApplyUpdatesAsync(updates, cancellationToken);

    public Task QuarantineAsync(IReadOnlyList<QuarantinedRecord> records, CancellationToken cancellationToken) =>
        _referrals.QuarantineAsync(records, cancellationToken);

    public Task SaveReceiptAsync(ExportReceipt receipt, CancellationToken cancellationToken) =>
        _referrals.SaveReceiptAsync(receipt, cancellationToken);

    public Task<IReadOnlyList<ExportReceipt>> ListReceiptsAsync(CancellationToken cancellationToken) =>
        _referrals.ListReceiptsAsync(cancellationToken);

    public Task<IReadOnlyList<Referral>> ListReferralsAsync(CancellationToken cancellationToken) =>
        _referrals.ListReferralsAsync(cancellationToken);

    public Task<IReadOnlyList<QuarantinedRecord>> ListQuarantineAsync(CancellationToken cancellationToken) =>
        _referrals.ListQuarantineAsync(cancellationToken);

    public Task<ExportReceipt?> FindReceiptAsync(string sha256, CancellationToken cancellationToken) =>
        _referrals.FindReceiptAsync(sha256, cancellationToken);

    public Task ReleaseFromQuarantineAsync(IReadOnlyList<QuarantinedRecord> records, CancellationToken cancellationToken) =>
        _referrals.ReleaseFromQuarantineAsync(records, cancellationToken);

    public Task SaveExportOriginAsync(ExportOrigin origin, CancellationToken cancellationToken) =>
        _referrals.SaveExportOriginAsync(origin, cancellationToken);

    public Task<ExportOrigin?> FindExportOriginAsync(string sha256, CancellationToken cancellationToken) =>
        _referrals.FindExportOriginAsync(sha256, cancellationToken);

    public Task SaveSnapshotAsync(CrmSnapshot snapshot, CancellationToken cancellationToken) =>
        _crm.SaveSnapshotAsync(snapshot, cancellationToken);

    public Task<IReadOnlyList<CrmSnapshot>> LoadSnapshotsAsync(CancellationToken cancellationToken) =>
        _crm.LoadSnapshotsAsync(cancellationToken);

    public Task ReplaceKpisAsync(IReadOnlyList<KpiRecord> kpis, CancellationToken cancellationToken) =>
        _analytics.ReplaceKpisAsync(kpis, cancellationToken);

    public Task ReplaceAlertsAsync(IReadOnlyList<Alert> alerts, CancellationToken cancellationToken) =>
        _analytics.ReplaceAlertsAsync(alerts, cancellationToken);

    public Task<IReadOnlyList<KpiRecord>> ListKpisAsync(CancellationToken cancellationToken) =>
        _analytics.ListKpisAsync(cancellationToken);

    public Task<IReadOnlyList<Alert>> ListAlertsAsync(CancellationToken cancellationToken) =>
        _analytics.ListAlertsAsync(cancellationToken);

    public Task<IReadOnlyDictionary<string, LedgerEntry>> LoadLedgerAsync(string target, CrmRecordKind kind, CancellationToken cancellationToken) =>
        _ledger.LoadLedgerAsync(target, kind, cancellationToken);

    public Task RecordAsync(IReadOnlyList<LedgerEntry> entries, CancellationToken cancellationToken) =>
        _ledger.RecordAsync(entries, cancellationToken);

    public Task RecordRunAsync(RunRecord run, CancellationToken cancellationToken) => _runs.RecordRunAsync(run, cancellationToken);

    public Task<IReadOnlyList<RunRecord>> ListRunsAsync(CancellationToken cancellationToken) => _runs.ListRunsAsync(cancellationToken);

    public Task<CrmDeltaPosition?> LoadDeltaAsync(string target, string table, CancellationToken cancellationToken) =>
        _delta.LoadDeltaAsync(target, table, cancellationToken);

    public Task SaveDeltaAsync(string target, string table, CrmDeltaPosition? position, CancellationToken cancellationToken) =>
        _delta.SaveDeltaAsync(target, table, position, cancellationToken);

    private static string ConnectionStringFor(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        return new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadWriteCreate }.ToString();
    }
}
