using Keepage.Connectors.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Keepage.Functions.Store;

public static class StoreHosting
{
    /// <summary>
    /// The PostgreSQL store (the scale-out host's state) from <c>Keepage:Store</c>, validated at start-up, migrated
    /// when the worker starts, with its work leases.
    /// </summary>
    public static IHostApplicationBuilder AddKeepageStore(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<KeepageStoreOptions>().BindConfiguration(KeepageStoreOptions.ConfigurationSection)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(provider => PostgresDataSource.Create(provider.GetRequiredService<IOptions<KeepageStoreOptions>>().Value));
        builder.Services.AddPostgresStore(provider => provider.GetRequiredService<NpgsqlDataSource>());
        builder.Services.AddHostedService<StoreMigration>();
        return builder;
    }
}
