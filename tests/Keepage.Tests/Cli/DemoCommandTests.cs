using Keepage.Cli.Commands;
using Keepage.Cli.Composition;
using Keepage.Tests.Flows;

namespace Keepage.Tests.Cli;

public sealed class DemoCommandTests : IDisposable
{
    private readonly TempState _folder = new();

    [Fact]
    public async Task RunsTheWholeLoopThenWritesNothingTheSecondTime()
    {
        var state = StateDirectory.Open(_folder.Path);
        var observer = new NullRunObserver();

        var first = await DemoCommand.RunAsync(state, observer, verbose: false, TestContext.Current.CancellationToken);
        var second = await DemoCommand.RunAsync(state, new NullRunObserver(), verbose: false, TestContext.Current.CancellationToken);

        Assert.Equal(["ingest", "sync", "reconcile", "kpis", "alerts", "publish"], observer.Steps);
        Assert.True(first.Read > 5000);
        Assert.True(first.KpiRecords > 0 && first.Alerts > 0 && first.CrmWrites > 0);
        Assert.Equal(first.Publish.Sum(p => p.Desired), first.CrmWrites);
        Assert.Equal((0, first.Accepted), (second.Accepted, second.Duplicates));
        Assert.Equal(0, second.CrmWrites);
        Assert.Equal(first.CrmWrites - first.Alerts, await DemoEmulatedCrm.CountAsync(state, "kpg_referralkpis"));
        Assert.Equal(first.Alerts, await DemoEmulatedCrm.CountAsync(state, "kpg_leakagealerts"));
    }

    [Fact]
    public async Task LosingTheLedgerUpdatesTheSameCrmRecordsInsteadOfDuplicatingThem()
    {
        var state = StateDirectory.Open(_folder.Path);
        var first = await DemoCommand.RunAsync(state, new NullRunObserver(), verbose: false, TestContext.Current.CancellationToken);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(state.Path, "keepage.db*"))
            File.Delete(file);

        var rerun = await DemoCommand.RunAsync(state, new NullRunObserver(), verbose: false, TestContext.Current.CancellationToken);

        Assert.Equal(0, rerun.Publish.Sum(p => p.Created));
        Assert.Equal(first.CrmWrites, rerun.Publish.Sum(p => p.Updated));
        Assert.Equal(first.CrmWrites - first.Alerts, await DemoEmulatedCrm.CountAsync(state, "kpg_referralkpis"));
    }

    public void Dispose() => _folder.Dispose();
}
