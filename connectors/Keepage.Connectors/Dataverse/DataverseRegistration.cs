using Keepage.Connectors.Dataverse.Metadata;
using Keepage.Core.Crm;
using Keepage.Core.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Refit;

namespace Keepage.Connectors.Dataverse;

public static class DataverseRegistration
{
    public const string ConfigurationSection = "Keepage:Crm:Dataverse";

    // Transport failures surface as themselves (HttpRequestException, Polly's timeout, our token errors), not wrapped.
    private static readonly RefitSettings RefitSettings = new() { TransportExceptionFactory = (_, exception, _) => exception };

    /// <summary>
    /// Registers the Dataverse target bound to <c>Keepage:Crm:Dataverse</c> (and <c>…:Schema</c>); <paramref name="configure"/>
    /// runs after binding, so a host can point it at a URL known only at run time (an emulator on a free port).
    /// </summary>
    public static IHostApplicationBuilder AddDataverse(this IHostApplicationBuilder builder, Action<DataverseOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<DataverseOptions>().BindConfiguration(ConfigurationSection);
        builder.Services.AddOptions<DataverseSchemaOptions>().BindConfiguration($"{ConfigurationSection}:Schema");
        builder.Services.AddDataverse(configure ?? (_ => { }));
        return builder;
    }

    public static IServiceCollection AddDataverse(this IServiceCollection services, Action<DataverseOptions> configure, Action<DataverseSchemaOptions>? configureSchema = null)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<DataverseOptions>().Configure(configure).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DataverseSchemaOptions>().Configure(configureSchema ?? (_ => { })).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient(DataverseTokenSource.HttpClientName).AddStandardResilienceHandler();
        services.TryAddSingleton<DataverseTokenSource>();
        services.TryAddTransient<DataverseAuthHandler>();
        var resilience = services.AddRefitGeneratedClient<IDataverseApi>(RefitSettings)
            .ConfigureHttpClient((provider, http) => Configure(http, provider.GetRequiredService<IOptions<DataverseOptions>>().Value))
            .AddHttpMessageHandler<DataverseAuthHandler>()
            .AddStandardResilienceHandler();
        services.AddOptions<HttpStandardResilienceOptions>(resilience.PipelineName)
            .Configure<IOptions<DataverseOptions>>(DataverseResilience.Configure);
        services.TryAddSingleton(provider => new TrackedTables(provider.GetService<ICrmDeltaState>()));
        services.TryAddTransient<DataverseTarget>();
        services.TryAddTransient<DataverseSchemaValidator>();
        services.AddTransient<ICrmTarget>(provider => provider.GetRequiredService<DataverseTarget>());
        return services;
    }

    // Headers every Web API request carries (wire spec A2).
    private static void Configure(HttpClient http, DataverseOptions options)
    {
        http.BaseAddress = options.ApiAddress;
        http.DefaultRequestHeaders.Add("Accept", "application/json");
        http.DefaultRequestHeaders.Add("OData-MaxVersion", "4.0");
        http.DefaultRequestHeaders.Add("OData-Version", "4.0");
    }
}
