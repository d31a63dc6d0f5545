using Keepage.Cli.Commands;
using Keepage.Emulators.Dataverse;
using Keepage.Emulators.Salesforce;
using Keepage.Tests.Flows;

namespace Keepage.Tests.Config;

public sealed class MappingValidateOnlineTests : IDisposable
{
    private readonly TempState _folder = new();
    private readonly string _secretVariable = "KEEPAGE_TEST_SECRET_" + Guid.NewGuid().ToString("N");

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PassesAMappingThatMatchesDataverseMetadata()
    {
        await using var crm = await DataverseEmulator.StartAsync(new DataverseEmulatorOptions(), Cancellation);
        var path = WriteDataverse(crm, "value: kpg_value");

        Assert.Empty(await MappingValidateCommand.ValidateAsync(path, online: true, Cancellation));
    }

    [Fact]
    public async Task FailsAMisspeltDataverseColumnNamingFileLineFieldAndSuggestion()
    {
        await using var crm = await DataverseEmulator.StartAsync(new DataverseEmulatorOptions(), Cancellation);
        var path = WriteDataverse(crm, "value: kpg_valeu");

        var problem = Assert.Single(await MappingValidateCommand.ValidateAsync(path, online: true, Cancellation));

        Assert.Equal(("keepage.yaml", 16L), (problem.File, problem.Line));
        Assert.Equal("crm.dataverse.schema.kpiColumns.value", problem.Setting);
        Assert.Contains("kpg_valeu", problem.Message, StringComparison.Ordinal);
        Assert.Equal("kpg_value", problem.Suggestion);
        Assert.Contains("keepage.yaml:16:", problem.ToString(), StringComparison.Ordinal);
        Assert.Contains("(did you mean 'kpg_value'?)", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCommandExitsNonZeroForAMisspeltColumnAndZeroOnceFixed()
    {
        await using var crm = await DataverseEmulator.StartAsync(new DataverseEmulatorOptions(), Cancellation);
        var root = new System.CommandLine.RootCommand { MappingCommand.Create() };

        var broken = await root.Parse(["mapping", "validate", "--config", WriteDataverse(crm, "value: kpg_valeu"), "--online"]).InvokeAsync(cancellationToken: Cancellation);
        var fixedCode = await root.Parse(["mapping", "validate", "--config", WriteDataverse(crm, "value: kpg_value"), "--online"]).InvokeAsync(cancellationToken: Cancellation);

        Assert.Equal((1, 0), (broken, fixedCode));
    }

    [Fact]
    public async Task FailsAMisspeltSalesforceFieldWithASuggestionAndPassesOnceFixed()
    {
        await using var org = await SalesforceEmulator.StartAsync(new SalesforceEmulatorOptions(), Cancellation);

        var problem = Assert.Single(await MappingValidateCommand.ValidateAsync(WriteSalesforce(org, "Valeu__c"), online: true, Cancellation));
        var fixedProblems = await MappingValidateCommand.ValidateAsync(WriteSalesforce(org, "Value__c"), online: true, Cancellation);

        Assert.Equal("crm.salesforce.schema.kpiFields.value", problem.Setting);
        Assert.Equal("Value__c", problem.Suggestion);
        Assert.Empty(fixedProblems);
    }

    private string WriteDataverse(DataverseEmulator crm, string kpiColumn)
    {
        Environment.SetEnvironmentVariable(_secretVariable, DataverseEmulatorOptions.DefaultClientSecret);
        return Write($"""
            privacy:
              patientKey: env:KEEPAGE_PATIENT_KEY
            sources:
              - name: clinic
                folder: .
            crm:
              dataverse:
                url: {crm.BaseAddress}
                tenantId: {DataverseEmulatorOptions.DefaultTenantId}
                clientId: {DataverseEmulatorOptions.DefaultClientId}
                clientSecret: env:{_secretVariable}
                tokenEndpoint: {crm.TokenEndpoint}
                schema:
                  kpiKeyColumn: kpg_key
                  kpiColumns:
                    {kpiColumn}
            """);
    }

    private string WriteSalesforce(SalesforceEmulator org, string valueField)
    {
        Environment.SetEnvironmentVariable(_secretVariable, "keepage");
        return Write($"""
            privacy:
              patientKey: env:KEEPAGE_PATIENT_KEY
            sources:
              - name: clinic
                folder: .
            crm:
              salesforce:
                loginUrl: {org.InstanceUrl}
                clientId: keepage
                clientSecret: env:{_secretVariable}
                schema:
                  kpiFields:
                    value: {valueField}
            """);
    }

    private string Write(string yaml)
    {
        var path = _folder.File("keepage.yaml");
        File.WriteAllText(path, yaml);
        return path;
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(_secretVariable, null);
        _folder.Dispose();
    }
}
