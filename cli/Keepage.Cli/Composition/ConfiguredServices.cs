using Keepage.Cli.Configuration;
using Keepage.Connectors.Dataverse;
using Keepage.Connectors.Salesforce;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Keepage.Cli.Composition;

/// <summary>What a configuration file adds to a host: its KPI, alert and publish settings and its CRM targets with their schemas.</summary>
internal static class ConfiguredServices
{
    public static void Add(IServiceCollection services, KeepageConfig config)
    {
        services.Replace(ServiceDescriptor.Singleton(config.Kpis));
        services.Replace(ServiceDescriptor.Singleton(config.Alerts));
        services.Replace(ServiceDescriptor.Singleton(config.Publish));
        AddCrmTargets(services, config.Crm);
    }

    public static void AddCrmTargets(IServiceCollection services, CrmConfig crm)
    {
        if (crm.Salesforce is { } salesforce)
            AddSalesforce(services, salesforce);
        if (crm.Dataverse is { } dataverse)
            AddDataverse(services, dataverse);
    }

    private static void AddDataverse(IServiceCollection services, DataverseConfig dataverse)
    {
        var secret = SecretReference.Resolve(dataverse.ClientSecret, "crm.dataverse.clientSecret");
        services.AddDataverse(
            options =>
            {
                options.Url = dataverse.Url;
                options.TenantId = dataverse.TenantId ?? "";
                options.ClientId = dataverse.ClientId;
                options.ClientSecret = secret;
                options.TokenEndpoint = dataverse.TokenEndpoint;
            },
            dataverse.Schema.ApplyTo);
    }

    private static void AddSalesforce(IServiceCollection services, SalesforceConfig salesforce)
    {
        var jwt = string.Equals(salesforce.AuthFlow, "jwtBearer", StringComparison.OrdinalIgnoreCase);
        var secret = jwt ? null : SecretReference.Resolve(salesforce.ClientSecret!, "crm.salesforce.clientSecret");
        var key = jwt ? SecretReference.Resolve(salesforce.PrivateKey!, "crm.salesforce.privateKey") : null;
        services.AddSalesforce(
            options =>
            {
                options.LoginUrl = salesforce.LoginUrl;
                options.AuthFlow = jwt ? SalesforceAuthFlow.JwtBearer : SalesforceAuthFlow.ClientCredentials;
                options.ClientId = salesforce.ClientId;
                options.ClientSecret = secret;
                options.Username = salesforce.Username;
                options.PrivateKeyPem = key;
            },
            salesforce.Schema.ApplyTo);
    }
}
