using Keepage.Core.Alerts;
using Keepage.Core.Kpis;
using Keepage.Core.Publish;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Keepage.Core.Flows;

public static class FlowRegistration
{
    /// <summary>Registers the flows and the run that sequences them. Stores, CRM targets and readers come from the host.</summary>
    public static IServiceCollection AddKeepageFlows(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new KpiSettings());
        services.TryAddSingleton(new AlertSettings());
        services.TryAddSingleton(new PublishSettings());
        services.AddTransient<IngestExport>();
        services.AddTransient<SyncCrm>();
        services.AddTransient<ComputeKpis>();
        services.AddTransient<EvaluateAlerts>();
        services.AddTransient<PublishToCrm>();
        services.AddTransient<KeepageRun>();
        return services;
    }
}
