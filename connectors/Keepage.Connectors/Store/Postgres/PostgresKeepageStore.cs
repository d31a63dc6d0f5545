using Keepage.Core.Alerts;
using Keepage.Core.Crm;
using Keepage.Core.Ingest;
using Keepage.Core.Kpis;
using Keepage.Core.Referrals;
using Keepage.Core.Store;
using Npgsql;

namespace Keepage.Connectors.Store.Postgres;

/// <summary>
/// Keepage's state in PostgreSQL (Azure Database for PostgreSQL when on Azure), with the same contract as the SQLite
/// store and safe for several instances at once: migrations under an advisory lock, referral writes under per-key
/// advisory locks, replaces under table or target locks. Call <see cref="MigrateAsync"/> at start-up. Each write
/// method is one transaction. Holds only pseudonymised patient keys.
/// </summary>
public sealed class PostgresKeepageStore : IKeepageStore
{
    private readonly PostgresMigrator _migrator;
    private readonly PostgresReferralStore _referrals;
    private readonly PostgresCrmMirror _crm;
    private readonly PostgresAnalyticsStore _analytics;
    private readonly PostgresSyncLedger _ledger;
    private readonly PostgresRunHistory _runs;
    private readonly CrmDeltaTable _delta;

    /// <summary>A store for an Npgsql connection string (<c>Host=...;Database=...;Username=...;Password=...</c>).</summary>
    public PostgresKeepageStore(string connectionString, TimeProvider? timeProvider = null)
        : this(new PostgresDatabase(connectionString, timeProvider ?? TimeProvider.System))
    {
    }

    /// <summary>A store on a data source, e.g. one whose password provider fetches Entra ID tokens for a managed identity.</summary>
    public PostgresKeepageStore(NpgsqlDataSource dataSource, TimeProvider? timeProvider = null)
        : this(new PostgresDatabase(dataSource, timeProvider ?? TimeProvider.System))
    {
    }

    private PostgresKeepageStore(PostgresDatabase database)
    {
        _migrator = new PostgresMigrator(database);
        _referrals = new PostgresReferralStore(database);
        _crm = new PostgresCrmMirror(database);
        _analytics = new PostgresAnalyticsStore(database);
        _ledger = new PostgresSyncLedger(database);
        _runs = new PostgresRunHistory(database);
        _delta = new CrmDeltaTable(async ct => await database.OpenAsync(ct), database.Now, "@SavedAt::timestamptz");
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
}
