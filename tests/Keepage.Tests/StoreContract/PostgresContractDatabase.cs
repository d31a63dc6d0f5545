using Dapper;
using Keepage.Connectors.Store.Postgres;
using Keepage.Core.Store;
using Keepage.Tests.Store.Postgres;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Keepage.Tests.StoreContract;

internal sealed class PostgresContractDatabase : IContractDatabase
{
    private PostgresTestDatabase? _database;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2024, 6, 1, 8, 0, 0, TimeSpan.Zero));

    private string ConnectionString => _database?.ConnectionString ?? throw new InvalidOperationException("Create the store first.");

    public async Task<IKeepageStore> CreateStoreAsync()
    {
        _database ??= await PostgresTestDatabase.CreateAsync();
        var store = new PostgresKeepageStore(ConnectionString, Clock);
        await store.MigrateAsync(TestContext.Current.CancellationToken);
        return store;
    }

    public IKeepageStore SecondInstance() => new PostgresKeepageStore(ConnectionString, Clock);

    public async Task<IReadOnlyList<long>> AppliedMigrationsAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        return [.. await connection.QueryAsync<long>("SELECT version::bigint FROM schema_migrations ORDER BY version")];
    }

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
            await _database.DisposeAsync();
    }
}
