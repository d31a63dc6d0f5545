using System.Text.Json.Nodes;
using Keepage.Emulators.Salesforce;

namespace Keepage.Tests.Salesforce;

/// <summary>The emulator's answers to the recorded requests in ../shared/fixtures/salesforce: status, headers that matter, body.</summary>
public sealed class SalesforceEmulatorConformanceTests
{
    private static readonly SalesforceCustomObject[] RecordedObjects =
    [
        new("Movie__c", "a00", [new("Rating__c"), new("ReleaseDate__c", "date")]),
        new("Spaceship__c", "a01", [new("Website__c", Required: true)]),
    ];

    private static async Task<(SalesforceEmulator Emulator, SalesforceClient Client)> StartAsync(SalesforceSeed? seed = null)
    {
        using var folder = new SalesforceFolder();
        var emulator = await SalesforceEmulator.StartAsync(new SalesforceEmulatorOptions
        {
            CustomObjects = RecordedObjects,
            SeedFile = seed?.WriteTo(folder.Path),
            BulkPollsUntilComplete = 0,
        }, TestContext.Current.CancellationToken);
        return (emulator, await SalesforceClient.ConnectAsync(emulator));
    }

    [Theory]
    [InlineData("rest/applink-create-invalid-field.wiremock.json", "sobjects/Account")]
    [InlineData("rest/applink-create-required-field-missing.wiremock.json", null)]
    [InlineData("rest/applink-update-malformed-id.wiremock.json", null)]
    [InlineData("query/applink-query-unknown-column.wiremock.json", null)]
    public async Task ErrorAnswersAsRecorded(string fixture, string? resource)
    {
        var stub = SalesforceFixtures.Stub(fixture);
        var (emulator, client) = await StartAsync();
        await using var _ = emulator;
        using var __ = client;
        var query = string.Join('&', stub.Query.Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value)}"));
        var path = "/" + string.Join('/', stub.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Take(3)) + "/" + (resource ?? stub.Resource) + (query.Length > 0 ? "?" + query : "");

        using var response = await client.SendAsync(stub.Method, path, stub.RequestBody);

        await AssertRecordedAsync(stub, response);
    }

    [Fact]
    public async Task RequestWithABadTokenAnswersAsRecorded()
    {
        var stub = SalesforceFixtures.Stub("rest/applink-create-invalid-token.wiremock.json");
        var (emulator, client) = await StartAsync();
        await using var _ = emulator;
        using var __ = client;

        using var response = await client.SendAsync(stub.Method, stub.Path, stub.RequestBody, "application/json", "Authorization: Bearer badToken");

        await AssertRecordedAsync(stub, response);
        Assert.Equal("Token", SalesforceClient.Header(response, "WWW-Authenticate"));
    }

    [Fact]
    public async Task DeletingADeletedRecordAnswersAsRecorded()
    {
        var stub = SalesforceFixtures.Stub("rest/applink-delete-already-deleted.wiremock.json");
        var seed = new SalesforceSeed();
        seed.Add("Account", new JsonObject { ["Id"] = "001B000001Lp1G2IAJ", ["Name"] = "Sample" });
        var (emulator, client) = await StartAsync(seed);
        await using var _ = emulator;
        using var __ = client;
        using var first = await client.SendAsync("DELETE", stub.Path);

        using var second = await client.SendAsync("DELETE", stub.Path);

        Assert.Equal(204, (int)first.StatusCode);
        await AssertRecordedAsync(stub, second);
    }

    [Fact]
    public async Task CreateAnswers201WithLocationAndLimitInfoAsRecorded()
    {
        var stub = SalesforceFixtures.Stub("rest/applink-create.wiremock.json");
        var (emulator, client) = await StartAsync();
        await using var _ = emulator;
        using var __ = client;

        using var response = await client.SendAsync(stub.Method, stub.Path, stub.RequestBody);

        var contentType = SalesforceClient.Header(response, "Content-Type");
        var body = JsonNode.Parse(await SalesforceClient.Text(response))!.AsObject();
        Assert.Equal(stub.Status, (int)response.StatusCode);
        Assert.Equal(Keys(JsonNode.Parse(stub.Body)!), Keys(body));
        Assert.StartsWith("a00", body["id"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal($"/services/data/v51.0/sobjects/Movie__c/{body["id"]}", SalesforceClient.Header(response, "Location"));
        Assert.Matches(@"^api-usage=\d+/\d+$", SalesforceClient.Header(response, "Sforce-Limit-Info"));
        Assert.Equal(stub.Headers["Content-Type"], contentType);
    }

    internal static async Task AssertRecordedAsync(WireMockStub stub, HttpResponseMessage response)
    {
        // Read the header before the body: reading the body makes HttpClient parse and re-render it.
        var contentType = SalesforceClient.Header(response, "Content-Type");
        var body = await SalesforceClient.Text(response);
        Assert.Equal(stub.Status, (int)response.StatusCode);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(stub.Body), JsonNode.Parse(body)), body);
        Assert.Equal(stub.Headers.ContainsKey("Sforce-Limit-Info"), SalesforceClient.Header(response, "Sforce-Limit-Info").Length > 0);
        Assert.Equal(stub.Headers["Content-Type"], contentType);
    }

    internal static List<string> Keys(JsonNode node) => [.. node.AsObject().Select(p => p.Key)];
}
