using Dapper;
using Keepage.Connectors.Store;
using Keepage.Core.Store;
using Keepage.Tests.Store;
using Microsoft.Extensions.Time.Testing;

namespace Keepage.Tests.StoreContract;

internal sealed class SqliteContractDatabase : IContractDatabase
{
    private readonly TempDatabase _database = new();

    public FakeTimeProvider Clock => _database.Clock;

    public async Task<IKeepageStore> CreateStoreAsync() => await _database.MigratedStoreAsync();

    public IKeepageStore SecondInstance() => new SqliteKeepageStore(_database.FilePath, Clock);

    public async Task<IReadOnlyList<long>> AppliedMigrationsAsync()
    {
        await using var connection = await _database.OpenAsync();
        return [.. await connection.QueryAsync<long>("SELECT version FROM schema_migrations ORDER BY version")];
    }

    public ValueTask DisposeAsync()
    {
        _database.Dispose();
        return ValueTask.CompletedTask;
    }
}
