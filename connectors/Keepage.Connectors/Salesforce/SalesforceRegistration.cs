using Keepage.Connectors.Salesforce.Auth;
using Keepage.Connectors.Salesforce.Limits;
using Keepage.Connectors.Salesforce.Metadata;
using Keepage.Connectors.Salesforce.Writes;
using Keepage.Core.Crm;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Refit;

namespace Keepage.Connectors.Salesforce;

public static class SalesforceRegistration
{
    public const string ConfigurationSection = "Keepage:Crm:Salesforce";

    /// <summary>
    /// The key of the <see cref="TimeProvider"/> the connector waits on (lock-retry backoff, bulk job polls); it is the
    /// application's clock unless a host (a test) registers another under this key first.
    /// </summary>
    public const string WaitClock = "Keepage.Salesforce.Waits";

    // Transport failures surface as themselves (HttpRequestException, Polly's timeout, token errors), not wrapped.
    private static readonly RefitSettings RefitSettings = new() { TransportExceptionFactory = (_, exception, _) => exception };

    /// <summary>
    /// Registers the Salesforce target bound to <c>Keepage:Crm:Salesforce</c> (and <c>…:Schema</c>); <paramref name="configure"/>
    /// runs after binding, so a host can point it at a URL known only at run time (an emulator on a free port).
    /// </summary>
    public static IHostApplicationBuilder AddSalesforce(this IHostApplicationBuilder builder, Action<SalesforceOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<SalesforceOptions>().BindConfiguration(ConfigurationSection);
        builder.Services.AddOptions<SalesforceSchemaOptions>().BindConfiguration($"{ConfigurationSection}:Schema");
        builder.Services.AddSalesforce(configure ?? (_ => { }));
        return builder;
    }

    public static IServiceCollection AddSalesforce(this IServiceCollection services, Action<SalesforceOptions> configure, Action<SalesforceSchemaOptions>? configureSchema = null)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddKeyedSingleton<TimeProvider>(WaitClock, (provider, _) => provider.GetRequiredService<TimeProvider>());
        services.AddOptions<SalesforceOptions>().Configure(configure).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SalesforceSchemaOptions>().Configure(configureSchema ?? (_ => { })).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient(SalesforceTokenSource.HttpClientName).AddStandardResilienceHandler();
        services.TryAddSingleton<SalesforceTokenSource>();
        services.TryAddSingleton<ApiBudget>();
        services.TryAddSingleton<SchemaCheck>();
        services.TryAddTransient<SalesforceAuthHandler>();
        services.TryAddTransient<ApiUsageHandler>();
        services.AddRefitGeneratedClient<ISalesforceApi>(RefitSettings)
            .ConfigureHttpClient((provider, http) => http.BaseAddress = provider.GetRequiredService<IOptions<SalesforceOptions>>().Value.ApiAddress)
            .AddHttpMessageHandler<SalesforceAuthHandler>()
            .AddHttpMessageHandler<ApiUsageHandler>()
            .AddStandardResilienceHandler();
        services.TryAddTransient(provider => new SalesforceTarget(
            provider.GetRequiredService<ISalesforceApi>(),
            provider.GetRequiredService<IOptions<SalesforceOptions>>().Value,
            provider.GetRequiredService<IOptions<SalesforceSchemaOptions>>().Value,
            provider.GetRequiredService<ApiBudget>(),
            provider.GetRequiredService<SchemaCheck>(),
            provider.GetRequiredKeyedService<TimeProvider>(WaitClock),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<SalesforceTarget>>()));
        services.AddTransient<ICrmTarget>(provider => provider.GetRequiredService<SalesforceTarget>());
        services.TryAddTransient(provider => new SalesforceSchemaValidator(
            provider.GetRequiredService<ISalesforceApi>(), provider.GetRequiredService<IOptions<SalesforceOptions>>().Value));
        return services;
    }
}
