using Keepage.Connectors.Dataverse;
using Keepage.Core.Crm;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Keepage.Tests.Dataverse;

public sealed class DataverseRegistrationTests
{
    private static HostApplicationBuilder Builder(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        return builder;
    }

    [Fact]
    public async Task MissingClientSecretFailsStartUpNamingTheSetting()
    {
        var builder = Builder(new()
        {
            ["Keepage:Crm:Dataverse:Url"] = "https://contoso.crm.dynamics.com",
            ["Keepage:Crm:Dataverse:TenantId"] = "tenant",
            ["Keepage:Crm:Dataverse:ClientId"] = "client",
        });
        builder.AddDataverse();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("ClientSecret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ContainerBuildsWithScopesValidatedAndDefaultsFromConfiguration()
    {
        var builder = Builder(new()
        {
            ["Keepage:Crm:Dataverse:Url"] = "https://contoso.crm.dynamics.com/",
            ["Keepage:Crm:Dataverse:TenantId"] = "tenant",
            ["Keepage:Crm:Dataverse:ClientId"] = "client",
            ["Keepage:Crm:Dataverse:ClientSecret"] = "secret",
            ["Keepage:Crm:Dataverse:Schema:KpiColumns:value"] = "new_amount",
        });
        builder.AddDataverse(o => o.BatchSize = 50);
        using var provider = builder.Services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var options = provider.GetRequiredService<IOptions<DataverseOptions>>().Value;
        var schema = provider.GetRequiredService<IOptions<DataverseSchemaOptions>>().Value;
        Assert.Equal((50, 5000, "https://contoso.crm.dynamics.com/.default"), (options.BatchSize, options.MaxPageSize, options.EffectiveScope));
        Assert.Equal("https://login.microsoftonline.com/tenant/oauth2/v2.0/token", options.TokenUri.ToString());
        Assert.Equal(("new_amount", "kpg_periodstart", "kpg_name"), (schema.KpiColumns[CrmFields.Value], schema.KpiColumns[CrmFields.PeriodStart], schema.KpiColumns[CrmFields.Name]));
        Assert.Equal(("subject", "description", "kpg_rule"), (schema.AlertColumns[CrmFields.Name], schema.AlertColumns[CrmFields.Description], schema.AlertColumns[CrmFields.Rule]));
        Assert.IsType<DataverseTarget>(Assert.Single(provider.GetServices<ICrmTarget>()));
    }
}
