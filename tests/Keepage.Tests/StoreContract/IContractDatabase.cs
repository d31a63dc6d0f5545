using Keepage.Core.Store;
using Microsoft.Extensions.Time.Testing;

namespace Keepage.Tests.StoreContract;

/// <summary>One real database for one contract test: a fresh one per test class instance, removed afterwards.</summary>
public interface IContractDatabase : IAsyncDisposable
{
    FakeTimeProvider Clock { get; }

    /// <summary>A migrated store on this database, timed by <see cref="Clock"/>; skips the test when the database is unavailable.</summary>
    Task<IKeepageStore> CreateStoreAsync();

    /// <summary>Another, unmigrated store instance on the same database, as a second process would have.</summary>
    IKeepageStore SecondInstance();

    /// <summary>The versions recorded in schema_migrations, in order.</summary>
    Task<IReadOnlyList<long>> AppliedMigrationsAsync();
}
