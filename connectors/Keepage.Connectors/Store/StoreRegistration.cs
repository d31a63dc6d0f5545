using Keepage.Connectors.Messaging;
using Keepage.Connectors.Store.Postgres;
using Keepage.Core.Messaging;
using Keepage.Core.Store;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Keepage.Connectors.Store;

public static class StoreRegistration
{
    /// <summary>Registers the SQLite store (the embedded default) under every store seam it implements.</summary>
    public static IServiceCollection AddSqliteStore(this IServiceCollection services, string databasePath)
    {
        services.AddSingleton<IKeepageStore>(provider => new SqliteKeepageStore(databasePath, provider.GetService<TimeProvider>()));
        services.AddSingleton<IWorkLease>(provider => new InProcessWorkLease(provider.GetService<TimeProvider>()));
        return services.AddStoreSeams();
    }

    /// <summary>Registers the PostgreSQL store and its work leases under every store seam.</summary>
    public static IServiceCollection AddPostgresStore(this IServiceCollection services, string connectionString)
    {
        services.AddSingleton<IKeepageStore>(provider => new PostgresKeepageStore(connectionString, provider.GetService<TimeProvider>()));
        services.AddSingleton<IWorkLease>(_ => new PostgresWorkLease(connectionString));
        return services.AddStoreSeams();
    }

    /// <summary>Registers the PostgreSQL store on a data source (Entra ID token passwords, shared pool settings).</summary>
    public static IServiceCollection AddPostgresStore(this IServiceCollection services, Func<IServiceProvider, NpgsqlDataSource> dataSource)
    {
        services.AddSingleton<IKeepageStore>(provider => new PostgresKeepageStore(dataSource(provider), provider.GetService<TimeProvider>()));
        services.AddSingleton<IWorkLease>(provider => new PostgresWorkLease(dataSource(provider)));
        return services.AddStoreSeams();
    }

    /// <summary>
    /// Chooses the store from one setting: an Npgsql connection string (it names a <c>Host</c>) selects PostgreSQL;
    /// anything else is the SQLite database file's path.
    /// </summary>
    public static IServiceCollection AddKeepageStore(this IServiceCollection services, string pathOrConnectionString) =>
        IsPostgres(pathOrConnectionString)
            ? services.AddPostgresStore(pathOrConnectionString)
            : services.AddSqliteStore(pathOrConnectionString);

    /// <summary>
    /// Chooses the store as <see cref="AddKeepageStore(IServiceCollection, string)"/> does, from a setting read when the
    /// store is first resolved (after options validation has had its say).
    /// </summary>
    public static IServiceCollection AddKeepageStore(this IServiceCollection services, Func<IServiceProvider, string> pathOrConnectionString)
    {
        services.AddSingleton<IKeepageStore>(provider =>
        {
            var setting = pathOrConnectionString(provider);
            var clock = provider.GetService<TimeProvider>();
            return IsPostgres(setting) ? new PostgresKeepageStore(setting, clock) : new SqliteKeepageStore(setting, clock);
        });
        services.AddSingleton<IWorkLease>(provider =>
        {
            var setting = pathOrConnectionString(provider);
            return IsPostgres(setting) ? new PostgresWorkLease(setting) : new InProcessWorkLease(provider.GetService<TimeProvider>());
        });
        return services.AddStoreSeams();
    }

    public static bool IsPostgres(string pathOrConnectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pathOrConnectionString);
        if (!pathOrConnectionString.Contains('=', StringComparison.Ordinal))
            return false;
        try
        {
            return !string.IsNullOrWhiteSpace(new NpgsqlConnectionStringBuilder(pathOrConnectionString).Host);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static IServiceCollection AddStoreSeams(this IServiceCollection services)
    {
        services.AddSingleton<IReferralStore>(provider => provider.GetRequiredService<IKeepageStore>());
        services.AddSingleton<ICrmMirror>(provider => provider.GetRequiredService<IKeepageStore>());
        services.AddSingleton<IAnalyticsStore>(provider => provider.GetRequiredService<IKeepageStore>());
        services.AddSingleton<ISyncLedger>(provider => provider.GetRequiredService<IKeepageStore>());
        services.AddSingleton<ICrmDeltaState>(provider => provider.GetRequiredService<IKeepageStore>());
        return services;
    }
}
