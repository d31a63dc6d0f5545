using Keepage.Connectors.Salesforce;
using Keepage.Connectors.Salesforce.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace Keepage.Tests.Salesforce;

/// <summary>The validator over HTTP against the emulator's describe, resolved as a host registers it.</summary>
public sealed class SalesforceSchemaValidatorTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DefaultMappingIsValid()
    {
        await using var harness = await SalesforceHarness.StartAsync();
        var validator = harness.Host.Services.GetRequiredService<SalesforceSchemaValidator>();

        var findings = await validator.ValidateAsync(new SalesforceSchemaOptions(), Cancel);

        Assert.Empty(findings);
    }

    [Fact]
    public async Task MisspeltFieldsAreFoundWithTheNearestExistingName()
    {
        await using var harness = await SalesforceHarness.StartAsync();
        var validator = harness.Host.Services.GetRequiredService<SalesforceSchemaValidator>();
        var schema = new SalesforceSchemaOptions { ContactNpiField = "NPI_c", AccountPracticeIdField = "Practice_Idd__c" };
        schema.KpiFields["value"] = "Valeu__c";

        var findings = await validator.ValidateAsync(schema, Cancel);

        Assert.Equal(
            [("Contact", "NPI_c", "NPI__c"), ("Account", "Practice_Idd__c", "Practice_Id__c"), ("Referral_KPI__c", "Valeu__c", "Value__c")],
            findings.Select(f => (f.Table, f.Field, f.Suggestion)));
        Assert.All(findings, f => Assert.Equal("salesforce", f.Target));
    }

    [Fact]
    public async Task MissingObjectAndNonExternalIdKeyAreFindings()
    {
        await using var harness = await SalesforceHarness.StartAsync();
        var validator = harness.Host.Services.GetRequiredService<SalesforceSchemaValidator>();

        var findings = await validator.ValidateAsync(new SalesforceSchemaOptions { KpiObject = "Referal_KPI__c", AlertExternalIdField = "Subject" }, Cancel);

        Assert.Equal(2, findings.Count);
        Assert.Equal(("Referal_KPI__c", null, "Referral_KPI__c"), (findings[0].Table, findings[0].Field, findings[0].Suggestion));
        Assert.Equal(("Task", "Subject"), (findings[1].Table, findings[1].Field));
        Assert.Contains("not an External ID", findings[1].Problem, StringComparison.Ordinal);
    }
}
