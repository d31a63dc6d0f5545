namespace Keepage.Core.Store;

/// <summary>Keepage's state (SQLite embedded, PostgreSQL on Azure). One contract, tested against each.</summary>
public interface IKeepageStore : IReferralStore, ICrmMirror, IAnalyticsStore, ISyncLedger, IRunHistory, ICrmDeltaState
{
    /// <summary>Creates or upgrades the schema to the current version. Safe to call on every start.</summary>
    Task MigrateAsync(CancellationToken cancellationToken);
}
