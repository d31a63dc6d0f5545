using System.Text.Json;

namespace Keepage.Tests.Infra;

/// <summary>infra/main.bicep and its modules compile and pass the linter (rules raised to errors in bicepconfig.json).</summary>
public sealed class BicepTests
{
    // Both start at once: each bicep run takes seconds, mostly waiting on a name lookup it makes and that fails here.
    private static readonly Lazy<Task<(int ExitCode, string Output, string Errors)[]>> Runs = new(() => Task.WhenAll(
        BicepCli.RunAsync("build", "infra/main.bicep", "--stdout"),
        BicepCli.RunAsync("lint", "infra/main.bicep")));

    private static async Task<(int ExitCode, string Output, string Errors)> Build() => (await Runs.Value)[0];

    private static async Task<(int ExitCode, string Output, string Errors)> Lint() => (await Runs.Value)[1];

    [Fact]
    public async Task BuildsWithNoErrorsOrWarnings()
    {
        var (exitCode, output, errors) = await Build();

        Assert.True(exitCode == 0 && errors.Length == 0, $"bicep build exited {exitCode}:\n{errors}");
        Assert.StartsWith("{", output.TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LintsWithNoErrorsOrWarnings()
    {
        var (exitCode, output, errors) = await Lint();

        Assert.True(exitCode == 0 && (output + errors).Trim().Length == 0, $"bicep lint exited {exitCode}:\n{output}{errors}");
    }

    [Fact]
    public async Task DescribesEveryParameterOfEveryTemplate()
    {
        using var template = JsonDocument.Parse((await Build()).Output);

        var undescribed = Templates(template.RootElement)
            .SelectMany(t => t.TryGetProperty("parameters", out var parameters) ? parameters.EnumerateObject() : Enumerable.Empty<JsonProperty>())
            .Where(p => !p.Value.TryGetProperty("metadata", out var metadata) || !metadata.TryGetProperty("description", out _))
            .Select(p => p.Name)
            .ToList();

        Assert.Empty(undescribed);
        Assert.True(Templates(template.RootElement).Count() >= 8);
    }

    [Theory]
    [InlineData("Microsoft.Web/serverfarms", "\"tier\": \"FlexConsumption\"")]
    [InlineData("Microsoft.Web/sites", "\"name\": \"dotnet-isolated\"")]
    [InlineData("Microsoft.ServiceBus/namespaces/queues", "\"requiresDuplicateDetection\": true")]
    [InlineData("Microsoft.ServiceBus/namespaces/queues", "\"deadLetteringOnMessageExpiration\": true")]
    [InlineData("Microsoft.DBforPostgreSQL/flexibleServers", "\"activeDirectoryAuth\": \"Enabled\"")]
    [InlineData("Microsoft.DBforPostgreSQL/flexibleServers", "\"passwordAuth\": \"Disabled\"")]
    [InlineData("Microsoft.KeyVault/vaults", "\"enableRbacAuthorization\": true")]
    [InlineData("Microsoft.Storage/storageAccounts", "\"allowSharedKeyAccess\": false")]
    [InlineData("Microsoft.Insights/components", "\"WorkspaceResourceId\"")]
    [InlineData("Microsoft.ManagedIdentity/userAssignedIdentities", "\"name\"")]
    public async Task DeclaresTheAzureResourcesKeepageRunsOn(string type, string setting)
    {
        using var template = JsonDocument.Parse((await Build()).Output);

        var resources = Templates(template.RootElement).SelectMany(Resources)
            .Where(r => r.GetProperty("type").GetString() == type)
            .Select(r => r.GetRawText())
            .ToList();

        Assert.NotEmpty(resources);
        Assert.Contains(resources, r => r.Contains(setting, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GrantsTheAppIdentityDataRolesOnly()
    {
        var (_, output, _) = await Build();
        using var template = JsonDocument.Parse(output);

        var assignments = Templates(template.RootElement).SelectMany(Resources)
            .Count(r => r.GetProperty("type").GetString() == "Microsoft.Authorization/roleAssignments");

        Assert.Equal(7, assignments);
        string[] dataRoles =
        [
            "b7e6dc6d-f1e8-4753-8033-0f276bb0955b", "ba92f5b4-2d11-453d-a403-e96b0029c9fe", "974c5e8b-45b9-4653-ba55-5f855dd0fb88",
            "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", "69a216fc-b8fb-44d8-bc22-1f3c2cd27a39", "4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0",
            "4633458b-17de-408a-b874-0445c86b69e6",
        ];
        Assert.All(dataRoles, role => Assert.Contains(role, output, StringComparison.Ordinal));
        // Owner, Contributor, User Access Administrator: control-plane roles the app never needs.
        Assert.All(
            ["8e3af657-a8ff-443c-a75c-2fe8c4bcb635", "b24988ac-6180-42a0-ab88-20f8382dd24c", "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9"],
            role => Assert.DoesNotContain(role, output, StringComparison.Ordinal));
    }

    // main.json holds each module's template inline in a Microsoft.Resources/deployments resource.
    private static IEnumerable<JsonElement> Templates(JsonElement template) =>
        Resources(template)
            .Where(r => r.GetProperty("type").GetString() == "Microsoft.Resources/deployments")
            .SelectMany(r => Templates(r.GetProperty("properties").GetProperty("template")))
            .Prepend(template);

    private static IEnumerable<JsonElement> Resources(JsonElement template) =>
        template.TryGetProperty("resources", out var resources)
            ? resources.ValueKind == JsonValueKind.Array ? resources.EnumerateArray() : resources.EnumerateObject().Select(p => p.Value)
            : [];
}
