using Keepage.Core.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Keepage.Connectors.Store;

public static class StoreRegistration
{
    /// <summary>Registers the SQLite store (the embedded default) under every store seam it implements.</summary>
    public static IServiceCollection AddSqliteStore(this IServiceCollection services, string databasePath)
    {
        services.AddSingleton<IKeepageStore>(provider => new SqliteKeepageStore(databasePath, provider.GetService<TimeProvider>()));
        services.AddSingleton<IReferralStore>(provider => provider.GetRequiredService<IKeepageStore>());
        services.AddSingleton<ICrmMirror>(provider => provider.GetRequiredService<IKeepageStore>());
        services.AddSingleton<IAnalyticsStore>(provider => provider.GetRequiredService<IKeepageStore>());
        services.AddSingleton<ISyncLedger>(provider => provider.GetRequiredService<IKeepageStore>());
        return services;
    }
}
