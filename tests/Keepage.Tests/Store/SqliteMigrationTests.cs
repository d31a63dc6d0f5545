using Dapper;
using Keepage.Connectors.Store;
using Keepage.Connectors.Store.Migrations;

namespace Keepage.Tests.Store;

public sealed class SqliteMigrationTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task AppliesEveryMigrationOnceInOrder()
    {
        var store = await _database.MigratedStoreAsync();
        await store.MigrateAsync(TestContext.Current.CancellationToken);
        await new SqliteKeepageStore(_database.FilePath).MigrateAsync(TestContext.Current.CancellationToken);

        await using var connection = await _database.OpenAsync();
        var versions = await connection.QueryAsync<long>("SELECT version FROM schema_migrations ORDER BY version");
        Assert.Equal(SqliteMigrations.All.Select(migration => (long)migration.Version), versions);
        Assert.Equal(Enumerable.Range(1, SqliteMigrations.All.Count).Select(v => (long)v), versions);
    }

    [Fact]
    public async Task MigratesOnceWhenStoresStartTogether()
    {
        var stores = Enumerable.Range(0, 4).Select(_ => new SqliteKeepageStore(_database.FilePath)).ToList();

        await Task.WhenAll(stores.Select(store => Task.Run(() => store.MigrateAsync(TestContext.Current.CancellationToken))));

        await using var connection = await _database.OpenAsync();
        Assert.Equal(SqliteMigrations.All.Count, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM schema_migrations"));
    }

    [Fact]
    public async Task CreatesEveryTable()
    {
        await _database.MigratedStoreAsync();

        await using var connection = await _database.OpenAsync();
        var tables = await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
        Assert.Equal(
            ["alerts", "crm_activities", "crm_delta_state", "crm_practices", "crm_providers", "crm_targets", "export_origins", "export_receipts", "kpis",
                "pending_patient_updates", "pending_referral_updates", "quarantine", "referrals", "runs", "schema_migrations", "sync_ledger"],
            tables);
    }

    [Fact]
    public async Task KeepsDataWhenMigratedAgain()
    {
        var store = await _database.MigratedStoreAsync();
        await store.UpsertReferralsAsync([StoreReferrals.Minimal("R-1")], TestContext.Current.CancellationToken);

        await store.MigrateAsync(TestContext.Current.CancellationToken);

        Assert.Single(await store.ListReferralsAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task UsesWriteAheadLogging()
    {
        await _database.MigratedStoreAsync();

        await using var connection = await _database.OpenAsync();
        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
    }

    [Fact]
    public async Task OpensConnectionsWithForeignKeysOn()
    {
        var database = new SqliteDatabase($"Data Source={_database.FilePath}", TimeProvider.System);

        await using var connection = await database.OpenAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("PRAGMA foreign_keys"));
    }
}
