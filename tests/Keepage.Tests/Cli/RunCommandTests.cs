using Keepage.Cli.Commands;
using Keepage.Cli.Configuration;
using Keepage.Emulators.Dataverse;
using Keepage.Tests.Flows;

namespace Keepage.Tests.Cli;

public sealed class RunCommandTests : IDisposable
{
    private readonly TempState _folder = new();
    private readonly string _keyVariable = "KEEPAGE_TEST_KEY_" + Guid.NewGuid().ToString("N");
    private readonly string _secretVariable = "KEEPAGE_TEST_SECRET_" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task RunsConfiguredSourcesAgainstADataverseByUrlThenWritesNothingOnARerun()
    {
        var (crm, config) = await StartDataverseAsync();
        await using var _ = crm;

        var first = await RunCommand.RunAsync(config, new NullRunObserver(), verbose: false, TestContext.Current.CancellationToken);
        var second = await RunCommand.RunAsync(config, new NullRunObserver(), verbose: false, TestContext.Current.CancellationToken);

        Assert.Equal(1, first.Files);
        Assert.All(first.Receipts, r => Assert.True(r.AddsUp));
        Assert.True(first.Quarantined > 0, "the example export holds a bad date");
        Assert.True(first.CrmWrites > 0);
        Assert.Equal(first.Publish.Sum(p => p.Desired), first.CrmWrites);
        Assert.Equal((0, 0), (second.Accepted, second.CrmWrites));
        Assert.Contains(crm.Requests, r => r.Method == "POST" && r.PathAndQuery.Contains("$batch", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ASecondRunReadsOnlyWhatChangedInDataverseThroughTheStoredDeltaLinks()
    {
        var (crm, config) = await StartDataverseAsync();
        await using var _ = crm;
        await RunCommand.RunAsync(config, new NullRunObserver(), verbose: false, TestContext.Current.CancellationToken);
        crm.ClearRequests();

        await RunCommand.RunAsync(config, new NullRunObserver(), verbose: false, TestContext.Current.CancellationToken);

        var reads = crm.Requests.Where(r => r.Method == "GET" && !r.IsToken && !r.PathAndQuery.Contains("kpg_", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(reads);
        Assert.All(reads, r => Assert.Contains("$deltatoken=", r.PathAndQuery, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PublishesToASalesforceOrgByUrl()
    {
        await using var org = await Keepage.Emulators.Salesforce.SalesforceEmulator.StartAsync(
            new Keepage.Emulators.Salesforce.SalesforceEmulatorOptions(), TestContext.Current.CancellationToken);
        Environment.SetEnvironmentVariable(_keyVariable, Convert.ToBase64String(new byte[32]));
        Environment.SetEnvironmentVariable(_secretVariable, "keepage");
        var config = WriteConfig($"""
              salesforce:
                loginUrl: {org.InstanceUrl}
                clientId: keepage
                clientSecret: env:{_secretVariable}
            """);

        var summary = await RunCommand.RunAsync(config, new NullRunObserver(), verbose: false, TestContext.Current.CancellationToken);

        var publish = Assert.Single(summary.Publish);
        Assert.Equal("salesforce", publish.Target);
        Assert.True(publish.Writes > 0);
        Assert.Equal(0, publish.Failed);
    }

    [Fact]
    public void RefusesAnInlineSecret()
    {
        var config = WriteConfig("""
              dataverse:
                url: https://contoso.crm.dynamics.com
                clientId: app
                clientSecret: hunter2
            """);

        var error = Assert.Throws<ConfigException>(() => KeepageConfigLoader.Load(config));

        Assert.Contains("crm.dataverse.clientSecret", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NamesTheFileLineAndColumnOfAnUnknownSetting()
    {
        var path = _folder.File("typo.yaml");
        File.WriteAllText(path, "sources:\n  - name: a\n    folder: .\n    profil: canonical\n");

        var error = Assert.Throws<ConfigException>(() => KeepageConfigLoader.Load(path));

        Assert.StartsWith($"{path}(4,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailsClearlyWhenTheKeyVariableIsNotSet()
    {
        var config = WriteConfig("");

        var error = await Assert.ThrowsAsync<ConfigException>(
            () => RunCommand.RunAsync(config, new NullRunObserver(), verbose: false, TestContext.Current.CancellationToken));

        Assert.Contains(_keyVariable, error.Message, StringComparison.Ordinal);
    }

    private string WriteConfig(string crm) => RunConfigFile.Write(_folder, _keyVariable, crm);

    private async Task<(DataverseEmulator Crm, string Config)> StartDataverseAsync()
    {
        var crm = await DataverseEmulator.StartAsync(new DataverseEmulatorOptions
        {
            ClientId = "run-test",
            ClientSecret = "run-secret",
        }, TestContext.Current.CancellationToken);
        Environment.SetEnvironmentVariable(_keyVariable, Convert.ToBase64String(new byte[32]));
        Environment.SetEnvironmentVariable(_secretVariable, "run-secret");
        return (crm, WriteConfig(RunConfigFile.Dataverse(crm, "run-test", _secretVariable)));
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(_keyVariable, null);
        Environment.SetEnvironmentVariable(_secretVariable, null);
        _folder.Dispose();
    }
}
