using Keepage.Connectors.Store;
using Keepage.Connectors.Store.Postgres;
using Keepage.Connectors.Store.Postgres.Migrations;

namespace Keepage.Tests.Store.Postgres;

/// <summary>What only the PostgreSQL store has: typed columns, the schema history, and leases shared by instances.</summary>
public sealed class PostgresStoreTests : IAsyncDisposable
{
    private PostgresTestDatabase? _database;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
            await _database.DisposeAsync();
    }

    private async Task<(PostgresTestDatabase Database, PostgresKeepageStore Store)> MigratedAsync()
    {
        _database = await PostgresTestDatabase.CreateAsync();
        var store = new PostgresKeepageStore(_database.ConnectionString);
        await store.MigrateAsync(Cancellation);
        return (_database, store);
    }

    [Fact]
    public async Task RecordsEveryMigrationOnceWhenInstancesStartTogether()
    {
        _database = await PostgresTestDatabase.CreateAsync();

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => new PostgresKeepageStore(_database.ConnectionString).MigrateAsync(Cancellation))));

        Assert.Equal(PostgresMigrations.All.Count, (int)(await _database.ScalarAsync<long>("SELECT count(*) FROM schema_migrations"))!);
        Assert.Equal(PostgresMigrations.All.Max(m => m.Version), await _database.ScalarAsync<int>("SELECT max(version) FROM schema_migrations"));
    }

    [Fact]
    public async Task StoresDatesFlagsAndNetworkInTypedColumns()
    {
        var (database, store) = await MigratedAsync();

        await store.UpsertReferralsAsync([StoreReferrals.Full()], Cancellation);

        Assert.Equal("2024-03-07", await database.ScalarAsync<string>("SELECT referral_date::text FROM referrals WHERE referral_date = DATE '2024-03-07'"));
        Assert.Equal(2, await database.ScalarAsync<int>("SELECT jsonb_array_length(flags) FROM referrals"));
        Assert.False(await database.ScalarAsync<bool>("SELECT in_network FROM referrals"));
    }

    [Fact]
    public async Task GivesALeaseToOneHolderUntilItIsReleasedOrExpires()
    {
        var (database, _) = await MigratedAsync();
        var leases = new PostgresWorkLease(database.ConnectionString);
        var other = new PostgresWorkLease(database.ConnectionString);

        var held = await leases.TryAcquireAsync("analysis", TimeSpan.FromMinutes(5), Cancellation);
        Assert.NotNull(held);
        Assert.Null(await other.TryAcquireAsync("analysis", TimeSpan.FromMinutes(5), Cancellation));
        Assert.NotNull(await other.TryAcquireAsync("sync", TimeSpan.FromMinutes(5), Cancellation));

        await held.DisposeAsync();
        var brief = await other.TryAcquireAsync("analysis", TimeSpan.FromMilliseconds(200), Cancellation);
        Assert.NotNull(brief);
        await Task.Delay(TimeSpan.FromMilliseconds(300), Cancellation);

        Assert.NotNull(await leases.TryAcquireAsync("analysis", TimeSpan.FromMinutes(5), Cancellation));
    }

    [Fact]
    public async Task OnlyOneOfManyInstancesTakesAFreeLease()
    {
        var (database, _) = await MigratedAsync();

        var taken = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            Task.Run(() => new PostgresWorkLease(database.ConnectionString).TryAcquireAsync("analysis", TimeSpan.FromMinutes(1), Cancellation))));

        Assert.Single(taken, lease => lease is not null);
    }

    [Theory]
    [InlineData("Host=db.example.invalid;Database=keepage;Username=app", true)]
    [InlineData("Server=127.0.0.1;Port=5432;Database=k", true)]
    [InlineData("state/keepage.db", false)]
    [InlineData("/var/lib/keepage/keepage.db", false)]
    public void TellsAConnectionStringFromAFilePath(string setting, bool postgres) =>
        Assert.Equal(postgres, StoreRegistration.IsPostgres(setting));
}
