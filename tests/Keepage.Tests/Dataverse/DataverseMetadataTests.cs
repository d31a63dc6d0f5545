using System.Text.Json.Nodes;
using Keepage.Connectors.Dataverse.Metadata;

namespace Keepage.Tests.Dataverse;

/// <summary>EntityDefinitions in the emulator against fixture metadata/*, and the connector's parser on the same.</summary>
public sealed class DataverseMetadataTests
{
    private static async Task<(DataverseHarness Harness, EmulatorClient Client)> StartAsync()
    {
        var harness = await DataverseHarness.StartAsync();
        return (harness, await EmulatorClient.ConnectAsync(harness.Emulator));
    }

    [Fact]
    public async Task EntityDefinitionsAnswerTheRecordedShape()
    {
        var recorded = HttpFixture.Parse(SharedFixtures.Read("metadata/entitydefinitions-account.response.http"));
        var (harness, client) = await StartAsync();
        await using var _ = harness;
        using var __ = client;

        using var response = await client.SendAsync("GET", "EntityDefinitions?$select=DisplayName,IsKnowledgeManagementEnabled,EntitySetName&$filter=LogicalName eq 'account'");

        Assert.Equal(recorded.Status, (int)response.StatusCode);
        Assert.Equal(recorded.Headers["Content-Type"], response.Content.Headers.ContentType!.ToString());
        Assert.Equal(recorded.Headers["OData-Version"], response.Headers.GetValues("OData-Version").Single());
        var wanted = JsonNode.Parse(recorded.Body)!.AsObject();
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsObject();
        Assert.Equal(WireText.Normalize(wanted["@odata.context"]!.GetValue<string>()), WireText.Normalize(body["@odata.context"]!.GetValue<string>()));
        var (table, got) = (wanted["value"]![0]!.AsObject(), Assert.Single(body["value"]!.AsArray())!.AsObject());
        Assert.Equal(table.Select(p => p.Key), got.Select(p => p.Key));
        Assert.Equal(Shape(table["DisplayName"]!), Shape(got["DisplayName"]!));
        Assert.Equal(("accounts", "Account", false), (got["EntitySetName"]!.GetValue<string>(),
            got["DisplayName"]!["UserLocalizedLabel"]!["Label"]!.GetValue<string>(), got["IsKnowledgeManagementEnabled"]!.GetValue<bool>()));
    }

    [Fact]
    public void ConnectorParsesTheRecordedEntityDefinitions()
    {
        var recorded = HttpFixture.Parse(SharedFixtures.Read("metadata/entitydefinitions-account.response.http"));

        var table = Assert.Single(TableMetadata.ParseAll(recorded.Body));

        Assert.Equal("accounts", table.EntitySetName);
        Assert.Empty(table.Columns);
    }

    [Fact]
    public async Task OneTableExpandsItsColumnsAndAlternateKey()
    {
        var (harness, client) = await StartAsync();
        await using var _ = harness;
        using var __ = client;

        var body = await client.JsonAsync("GET",
            "EntityDefinitions(LogicalName='kpg_referralkpi')?$select=LogicalName,EntitySetName&$expand=Attributes($select=LogicalName,AttributeType),Keys");

        Assert.EndsWith("$metadata#EntityDefinitions(LogicalName,EntitySetName,Attributes(LogicalName,AttributeType),Keys())/$entity",
            body["@odata.context"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["@odata.context", "LogicalName", "EntitySetName", "MetadataId", "Attributes", "Keys"], body.Select(p => p.Key));
        var key = body["Attributes"]!.AsArray().Single(a => a!["LogicalName"]!.GetValue<string>() == "kpg_key")!.AsObject();
        Assert.Equal(["@odata.type", "LogicalName", "AttributeType", "MetadataId"], key.Select(p => p.Key));
        Assert.Equal(("#Microsoft.Dynamics.CRM.StringAttributeMetadata", "String"), (key["@odata.type"]!.GetValue<string>(), key["AttributeType"]!.GetValue<string>()));
        var alternate = Assert.Single(body["Keys"]!.AsArray())!;
        Assert.Equal(["kpg_key"], alternate["KeyAttributes"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal("Active", alternate["EntityKeyIndexStatus"]!.GetValue<string>());
    }

    [Fact]
    public async Task AttributesSegmentListsTheTablesColumns()
    {
        var (harness, client) = await StartAsync();
        await using var _ = harness;
        using var __ = client;

        var body = await client.JsonAsync("GET", "EntityDefinitions(LogicalName='contact')/Attributes?$select=LogicalName");

        Assert.Contains("kpg_npi", body["value"]!.AsArray().Select(a => a!["LogicalName"]!.GetValue<string>()));
    }

    [Fact]
    public async Task UnknownTableIsNotFound()
    {
        var (harness, client) = await StartAsync();
        await using var _ = harness;
        using var __ = client;

        using var response = await client.SendAsync("GET", "EntityDefinitions(LogicalName='kpg_nothing')");

        Assert.Equal(404, (int)response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["error"]!;
        Assert.Equal("The entity with a name = 'kpg_nothing' with namemapping = 'Logical' was not found in the MetadataCache.", error["message"]!.GetValue<string>());
        Assert.Matches("^0x[0-9A-F]{8}$", error["code"]!.GetValue<string>());
    }

    // Property names at every level, values left out.
    private static string Shape(JsonNode node) => node switch
    {
        JsonObject o => "{" + string.Join(',', o.Select(p => p.Key + ":" + (p.Value is null ? "null" : Shape(p.Value)))) + "}",
        JsonArray a => "[" + string.Join(',', a.Select(i => i is null ? "null" : Shape(i))) + "]",
        _ => node.GetValueKind().ToString(),
    };
}
