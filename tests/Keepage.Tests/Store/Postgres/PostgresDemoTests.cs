using Keepage.Cli.Commands;
using Keepage.Cli.Composition;
using Keepage.Tests.Cli;
using Keepage.Tests.Flows;

namespace Keepage.Tests.Store.Postgres;

public sealed class PostgresDemoTests : IAsyncDisposable
{
    private readonly TempState _folder = new();
    private PostgresTestDatabase? _database;

    public async ValueTask DisposeAsync()
    {
        _folder.Dispose();
        if (_database is not null)
            await _database.DisposeAsync();
    }

    [Fact]
    public async Task RunsTheDemoOnPostgresThenWritesNothingTheSecondTime()
    {
        _database = await PostgresTestDatabase.CreateAsync();
        var state = StateDirectory.Open(_folder.Path);

        var first = await DemoCommand.RunAsync(state, _database.ConnectionString, new NullRunObserver(), verbose: false, TestContext.Current.CancellationToken);
        var second = await DemoCommand.RunAsync(state, _database.ConnectionString, new NullRunObserver(), verbose: false, TestContext.Current.CancellationToken);

        Assert.True(first.Read > 5000 && first.CrmWrites > 0);
        Assert.Equal(first.Publish.Sum(p => p.Desired), first.CrmWrites);
        Assert.Equal((0, first.Accepted), (second.Accepted, second.Duplicates));
        Assert.Equal(0, second.CrmWrites);
        Assert.Equal(first.CrmWrites - first.Alerts, await DemoEmulatedCrm.CountAsync(state, "kpg_referralkpis"));
        Assert.False(File.Exists(state.Database), "the SQLite file must not be used when a store is given");
        Assert.Equal(first.Accepted, (int)(await _database.ScalarAsync<long>("SELECT count(*) FROM referrals"))!);
    }
}
