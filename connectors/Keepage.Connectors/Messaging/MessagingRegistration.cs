using Keepage.Core.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Keepage.Connectors.Messaging;

public static class MessagingRegistration
{
    /// <summary>
    /// Registers queued publishing (planner, consumer, the per-item publish path and the analysis that queues) with
    /// <see cref="PublishWorkOptions"/> validated at start-up. The <see cref="IWorkQueue"/> comes from the host:
    /// <see cref="AddInProcessWorkQueue"/> embedded, a <see cref="ServiceBusWorkQueue"/> on Azure.
    /// </summary>
    public static IServiceCollection AddQueuedPublishing(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<PublishWorkOptions>().BindConfiguration(PublishWorkOptions.ConfigurationSection)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddTransient<CrmRecordPublisher>();
        services.AddTransient<PublishPlanner>();
        services.AddTransient<PublishWorkConsumer>();
        services.AddTransient<AnalyzeAndQueuePublish>();
        return services;
    }

    public static IServiceCollection AddInProcessWorkQueue(this IServiceCollection services, InProcessQueueOptions? options = null)
    {
        services.AddSingleton<IWorkQueue>(provider => new InProcessWorkQueue(options, provider.GetService<TimeProvider>()));
        return services;
    }
}
