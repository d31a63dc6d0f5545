using Keepage.Core.Store;
using Microsoft.Extensions.Hosting;

namespace Keepage.Functions.Store;

/// <summary>Migrates the store when the worker starts; instances starting together take turns (see the store's migrator).</summary>
internal sealed class StoreMigration(IKeepageStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
