using Azure.Identity;
using Azure.Messaging.ServiceBus;
using Keepage.Connectors.Messaging;
using Keepage.Core.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Keepage.Functions.Publishing;

public static class PublishQueueRegistration
{
    /// <summary>
    /// Queued publishing on Azure Service Bus: one client (managed identity), a sender, and a peek-lock receiver
    /// behind <see cref="IWorkQueue"/>, plus the planner and consumer (<see cref="MessagingRegistration.AddQueuedPublishing"/>).
    /// </summary>
    public static IHostApplicationBuilder AddPublishQueue(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<ServiceBusQueueOptions>().BindConfiguration(ServiceBusQueueOptions.ConfigurationSection)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(provider => CreateClient(Options(provider)));
        builder.Services.AddSingleton(provider => provider.GetRequiredService<ServiceBusClient>().CreateSender(Options(provider).QueueName));
        builder.Services.AddSingleton(provider => provider.GetRequiredService<ServiceBusClient>().CreateReceiver(
            Options(provider).QueueName, new ServiceBusReceiverOptions { ReceiveMode = ServiceBusReceiveMode.PeekLock, PrefetchCount = 0 }));
        builder.Services.AddSingleton<IWorkQueue>(provider => new ServiceBusWorkQueue(
            provider.GetRequiredService<ServiceBusSender>(),
            provider.GetRequiredService<ServiceBusReceiver>(),
            TimeSpan.FromSeconds(Options(provider).ReceiveWaitSeconds)));
        builder.Services.AddQueuedPublishing();
        return builder;
    }

    private static ServiceBusQueueOptions Options(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<ServiceBusQueueOptions>>().Value;

    private static ServiceBusClient CreateClient(ServiceBusQueueOptions options) => new(
        options.FullyQualifiedNamespace,
        new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = options.ManagedIdentityClientId }));
}
