using Keepage.Connectors.Salesforce;
using Keepage.Core.Crm;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Keepage.Tests.Salesforce;

public sealed class SalesforceRegistrationTests
{
    private static HostApplicationBuilder Builder(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        return builder;
    }

    [Theory]
    [InlineData("ClientCredentials", "ClientSecret")]
    [InlineData("JwtBearer", "PrivateKeyPem")]
    public async Task MissingCredentialFailsStartUpNamingTheSetting(string flow, string setting)
    {
        var builder = Builder(new()
        {
            ["Keepage:Crm:Salesforce:LoginUrl"] = "https://contoso.my.salesforce.com",
            ["Keepage:Crm:Salesforce:ClientId"] = "client",
            ["Keepage:Crm:Salesforce:AuthFlow"] = flow,
        });
        builder.AddSalesforce();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABackoffShorterThanOneSecondFailsStartUp()
    {
        var builder = Builder(new()
        {
            ["Keepage:Crm:Salesforce:LoginUrl"] = "https://contoso.my.salesforce.com",
            ["Keepage:Crm:Salesforce:ClientId"] = "client",
            ["Keepage:Crm:Salesforce:ClientSecret"] = "secret",
            ["Keepage:Crm:Salesforce:RetryDelay"] = "00:00:00.100",
        });
        builder.AddSalesforce();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("RetryDelay", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ContainerBuildsWithScopesValidatedAndSchemaDefaultsFromConfiguration()
    {
        var builder = Builder(new()
        {
            ["Keepage:Crm:Salesforce:LoginUrl"] = "https://contoso.my.salesforce.com/",
            ["Keepage:Crm:Salesforce:ClientId"] = "client",
            ["Keepage:Crm:Salesforce:ClientSecret"] = "secret",
            ["Keepage:Crm:Salesforce:Schema:KpiFields:value"] = "Amount__c",
        });
        builder.AddSalesforce(o => o.BulkThreshold = 500);
        using var provider = builder.Services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var options = provider.GetRequiredService<IOptions<SalesforceOptions>>().Value;
        var schema = provider.GetRequiredService<IOptions<SalesforceSchemaOptions>>().Value;
        Assert.Equal((500, 200, "https://contoso.my.salesforce.com/services/oauth2/token"), (options.BulkThreshold, options.CollectionSize, options.TokenUri.ToString()));
        Assert.Equal("https://contoso.my.salesforce.com/services/data/v62.0/", options.ApiAddress.ToString());
        Assert.Equal(("Amount__c", "Period_Start__c", "Subject"), (schema.KpiFields[CrmFields.Value], schema.KpiFields[CrmFields.PeriodStart], schema.AlertFields[CrmFields.Name]));
        Assert.Equal(("NPI__c", "Practice_Id__c"), (schema.ContactNpiField, schema.AccountPracticeIdField));
        Assert.IsType<SalesforceTarget>(Assert.Single(provider.GetServices<ICrmTarget>()));
    }
}
