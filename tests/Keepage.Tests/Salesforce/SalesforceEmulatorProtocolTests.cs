using System.Text.Json.Nodes;
using Keepage.Emulators.Salesforce;

namespace Keepage.Tests.Salesforce;

/// <summary>The emulator's protocol beyond the recorded error bodies: paging, upsert statuses, collections, Bulk API 2.0, describe.</summary>
public sealed class SalesforceEmulatorProtocolTests
{
    private static async Task<(SalesforceEmulator Emulator, SalesforceClient Client)> StartAsync(SalesforceSeed? seed = null)
    {
        using var folder = new SalesforceFolder();
        var emulator = await SalesforceEmulator.StartAsync(new SalesforceEmulatorOptions { SeedFile = seed?.WriteTo(folder.Path), BulkPollsUntilComplete = 1 },
            TestContext.Current.CancellationToken);
        return (emulator, await SalesforceClient.ConnectAsync(emulator));
    }

    [Fact]
    public async Task QueryPagesHaveTheRecordedShapeUntilDone()
    {
        var recorded = JsonNode.Parse(SalesforceFixtures.Read("query/netcoreforce-querybatch-batch-1.json"))!;
        var seed = new SalesforceSeed();
        for (var i = 0; i < 800; i++)
            seed.Contact($"Doctor {i}");
        var (emulator, client) = await StartAsync(seed);
        await using var _ = emulator;
        using var __ = client;

        var page = await client.JsonAsync("GET", "query?q=SELECT+Id+FROM+Contact", null, "Sforce-Query-Options: batchSize=200");

        Assert.Equal(SalesforceEmulatorConformanceTests.Keys(recorded), SalesforceEmulatorConformanceTests.Keys(page));
        Assert.Equal((800, false, 200), (page["totalSize"]!.GetValue<int>(), page["done"]!.GetValue<bool>(), page["records"]!.AsArray().Count));
        Assert.Matches(@"^/services/data/v\d+\.\d/query/01g\w{15}-200$", page["nextRecordsUrl"]!.GetValue<string>());
        Assert.Equal(SalesforceEmulatorConformanceTests.Keys(recorded["records"]![0]!), SalesforceEmulatorConformanceTests.Keys(page["records"]![0]!));
        var ids = new HashSet<string>(page["records"]!.AsArray().Select(r => r!["Id"]!.GetValue<string>()));
        while (page["nextRecordsUrl"] is { } next)
        {
            page = await client.JsonAsync("GET", next.GetValue<string>(), null, "Sforce-Query-Options: batchSize=200");
            ids.UnionWith(page["records"]!.AsArray().Select(r => r!["Id"]!.GetValue<string>()));
        }
        Assert.Equal((800, true), (ids.Count, page["done"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task UpsertByExternalIdAnswers201Then200Then300ForSeveralMatches()
    {
        var recorded = JsonNode.Parse(SalesforceFixtures.Read("rest/restforce-upsert_multiple_error_response.json"))!.AsArray();
        var seed = new SalesforceSeed();
        seed.Contact("One", "1234567893");
        seed.Contact("Two", "1234567893");
        var (emulator, client) = await StartAsync(seed);
        await using var _ = emulator;
        using var __ = client;

        using var created = await client.SendAsync("PATCH", "sobjects/Referral_KPI__c/Keepage_Key__c/k.1", """{"Value__c": 3}""");
        using var updated = await client.SendAsync("PATCH", "sobjects/Referral_KPI__c/Keepage_Key__c/k.1", """{"Value__c": 4}""");
        using var multiple = await client.SendAsync("PATCH", "sobjects/Contact/NPI__c/1234567893", """{"Title": "MD"}""");
        using var missing = await client.SendAsync("PATCH", "sobjects/Referral_KPI__c/Keepage_Key__c/k.2?updateOnly=true", """{"Value__c": 4}""");

        Assert.Equal((201, true), ((int)created.StatusCode, JsonNode.Parse(await SalesforceClient.Text(created))!["created"]!.GetValue<bool>()));
        Assert.Equal((200, false), ((int)updated.StatusCode, JsonNode.Parse(await SalesforceClient.Text(updated))!["created"]!.GetValue<bool>()));
        Assert.Equal(300, (int)multiple.StatusCode);
        var urls = JsonNode.Parse(await SalesforceClient.Text(multiple))!.AsArray();
        Assert.Equal(recorded.Count, urls.Count);
        Assert.All(urls, u => Assert.Matches(@"^/services/data/v\d+\.\d/sobjects/Contact/003\w{15}$", u!.GetValue<string>()));
        Assert.Equal(404, (int)missing.StatusCode);
    }

    [Fact]
    public async Task CollectionsAnswerPerItemAndRollBackWithAllOrNone()
    {
        var (emulator, client) = await StartAsync();
        await using var _ = emulator;
        using var __ = client;
        const string Records = """[{"attributes":{"type":"Account"},"Name":"A"},{"attributes":{"type":"Account"}},{"attributes":{"type":"Contact"},"LastName":"C"}]""";

        var partial = (await client.JsonAsync("POST", "composite/sobjects", $$"""{"allOrNone":false,"records":{{Records}}}""")).AsArray();
        var atomic = (await client.JsonAsync("POST", "composite/sobjects", $$"""{"allOrNone":true,"records":{{Records}}}""")).AsArray();
        var accounts = await client.JsonAsync("GET", "query?q=SELECT+Id+FROM+Account");

        Assert.Equal([true, false, true], partial.Select(r => r!["success"]!.GetValue<bool>()));
        Assert.Equal("REQUIRED_FIELD_MISSING", partial[1]!["errors"]![0]!["statusCode"]!.GetValue<string>());
        Assert.Equal(["ALL_OR_NONE_OPERATION_ROLLED_BACK", "REQUIRED_FIELD_MISSING", "ALL_OR_NONE_OPERATION_ROLLED_BACK"],
            atomic.Select(r => r!["errors"]![0]!["statusCode"]!.GetValue<string>()));
        Assert.Equal(1, accounts["totalSize"]!.GetValue<int>());
    }

    [Fact]
    public async Task MoreThan200RecordsInACollectionIsRefused()
    {
        var (emulator, client) = await StartAsync();
        await using var _ = emulator;
        using var __ = client;
        var records = string.Join(",", Enumerable.Range(0, 201).Select(i => $$"""{"attributes":{"type":"Account"},"Name":"A{{i}}"}"""));

        using var response = await client.SendAsync("POST", "composite/sobjects", $$"""{"records":[{{records}}]}""");

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("EXCEEDED_ID_LIMIT", JsonNode.Parse(await SalesforceClient.Text(response))![0]!["errorCode"]!.GetValue<string>());
    }

    [Fact]
    public async Task IngestJobAnswersWithTheRecordedInfoAndResults()
    {
        var info = SalesforceFixtures.Stub("bulk2/applink-get-info-7508z00000lSXvxQAG.wiremock.json");
        var successful = SalesforceFixtures.Stub("bulk2/applink-bulk-api-ingest-7508Z00000lSXvxQAG.wiremock.json");
        var failed = SalesforceFixtures.Stub("bulk2/applink-bulk-api-injest-fail-7508Z00000lSXvxQAG.wiremock.json");
        var (emulator, client) = await StartAsync();
        await using var _ = emulator;
        using var __ = client;
        var job = await client.JsonAsync("POST", "jobs/ingest", """{"object":"Account","contentType":"CSV","operation":"insert","lineEnding":"LF"}""");
        var id = job["id"]!.GetValue<string>();
        const string Csv = "Name,Description,NumberOfEmployees\nTestAccount1,Description of TestAccount1,30\n,Another description,40\nTestAccount3,\"Yet, another\",50\n";

        using var upload = await client.SendAsync("PUT", $"jobs/ingest/{id}/batches", Csv, "text/csv");
        var closed = await client.JsonAsync("PATCH", $"jobs/ingest/{id}", """{"state":"UploadComplete"}""");
        var polls = new List<string>();
        JsonNode status;
        do
            polls.Add((status = await client.JsonAsync("GET", $"jobs/ingest/{id}"))["state"]!.GetValue<string>());
        while (polls[^1] != "JobComplete");
        using var ok = await client.SendAsync("GET", $"jobs/ingest/{id}/successfulResults");
        using var bad = await client.SendAsync("GET", $"jobs/ingest/{id}/failedResults");

        Assert.Equal(("Open", $"services/data/v{SalesforceEmulator.ApiVersion}/jobs/ingest/{id}/batches"), (job["state"]!.GetValue<string>(), job["contentUrl"]!.GetValue<string>()));
        Assert.Equal((201, "UploadComplete"), ((int)upload.StatusCode, closed["state"]!.GetValue<string>()));
        Assert.Equal(["InProgress", "JobComplete"], polls);
        Assert.Equal(SalesforceEmulatorConformanceTests.Keys(JsonNode.Parse(info.Body)!), SalesforceEmulatorConformanceTests.Keys(status));
        Assert.Equal((3, 1), (status["numberRecordsProcessed"]!.GetValue<int>(), status["numberRecordsFailed"]!.GetValue<int>()));
        var okLines = (await SalesforceClient.Text(ok)).Split('\n');
        var badLines = (await SalesforceClient.Text(bad)).Split('\n');
        Assert.Equal((successful.Headers["Content-Type"], successful.Body.Split('\n')[0]), (SalesforceClient.Header(ok, "Content-Type"), okLines[0]));
        Assert.Matches("^001\\w{15},true,TestAccount3,\"Yet, another\",50$", okLines[2]);
        Assert.Equal(failed.Body.Split('\n')[0], badLines[0]);
        Assert.Equal(failed.Body.Split('\n')[2], badLines[1]);
    }

    [Fact]
    public async Task QueryJobResultsCarryTheRecordCountAndANullLocatorAtTheEnd()
    {
        var recorded = SalesforceFixtures.Stub("bulk2/applink-bulk-api-query-get-7508Z00000lTqQCQA0-result.wiremock.json");
        var seed = new SalesforceSeed();
        foreach (var name in new[] { "A", "B", "C" })
            seed.Account(name);
        var (emulator, client) = await StartAsync(seed);
        await using var _ = emulator;
        using var __ = client;
        var job = await client.JsonAsync("POST", "jobs/query", """{"operation":"query","query":"SELECT Id FROM Account"}""");
        var id = job["id"]!.GetValue<string>();
        while ((await client.JsonAsync("GET", $"jobs/query/{id}"))["state"]!.GetValue<string>() != "JobComplete")
        {
        }

        using var first = await client.SendAsync("GET", $"jobs/query/{id}/results?maxRecords=2");
        using var last = await client.SendAsync("GET", $"jobs/query/{id}/results?maxRecords=2&locator={SalesforceClient.Header(first, "Sforce-Locator")}");

        Assert.Equal(("2", "1"), (SalesforceClient.Header(first, "Sforce-NumberOfRecords"), SalesforceClient.Header(last, "Sforce-NumberOfRecords")));
        Assert.NotEqual("null", SalesforceClient.Header(first, "Sforce-Locator"));
        Assert.Equal("null", SalesforceClient.Header(last, "Sforce-Locator"));
        Assert.Equal(recorded.Headers["Content-Type"], SalesforceClient.Header(last, "Content-Type"));
        Assert.Matches("^Id\n001\\w{15}\n$", await SalesforceClient.Text(last));
    }

    [Fact]
    public async Task CompositeChainsReferencesAndRollsBackWithAllOrNone()
    {
        var (emulator, client) = await StartAsync();
        await using var _ = emulator;
        using var __ = client;
        static string Request(bool allOrNone, string contactName) => $$$"""
            {"allOrNone":{{{(allOrNone ? "true" : "false")}}},"compositeRequest":[
              {"method":"POST","url":"/services/data/v62.0/sobjects/Account","referenceId":"refAccount","body":{"Name":"North Clinic"}},
              {"method":"POST","url":"/services/data/v62.0/sobjects/Contact","referenceId":"refContact","body":{"LastName":{{{contactName}}},"AccountId":"@{refAccount.id}"}},
              {"method":"GET","url":"/services/data/v62.0/sobjects/Contact/@{refContact.id}?fields=AccountId","referenceId":"refRead"}]}
            """;

        var chained = (await client.JsonAsync("POST", "composite", Request(allOrNone: false, "\"Avery\"")))["compositeResponse"]!.AsArray();
        var halted = (await client.JsonAsync("POST", "composite", Request(allOrNone: true, "null")))["compositeResponse"]!.AsArray();
        var accounts = await client.JsonAsync("GET", "query?q=SELECT+Id+FROM+Account");

        Assert.Equal([201, 201, 200], chained.Select(r => r!["httpStatusCode"]!.GetValue<int>()));
        Assert.Equal(chained[0]!["body"]!["id"]!.GetValue<string>(), chained[2]!["body"]!["AccountId"]!.GetValue<string>());
        Assert.Equal(["PROCESSING_HALTED", "REQUIRED_FIELD_MISSING", "PROCESSING_HALTED"], halted.Select(r => r!["body"]![0]!["errorCode"]!.GetValue<string>()));
        Assert.Equal(1, accounts["totalSize"]!.GetValue<int>());
    }

    [Fact]
    public async Task DescribeHasTheRecordedObjectAndFieldKeys()
    {
        var recorded = JsonNode.Parse(SalesforceFixtures.Read("describe/restforce-sobject_describe_success_response.json"))!;
        var (emulator, client) = await StartAsync();
        await using var _ = emulator;
        using var __ = client;

        var describe = await client.JsonAsync("GET", "sobjects/Referral_KPI__c/describe");

        Assert.Equal(SalesforceEmulatorConformanceTests.Keys(recorded).Order(StringComparer.Ordinal), SalesforceEmulatorConformanceTests.Keys(describe).Order(StringComparer.Ordinal));
        Assert.All(describe["fields"]!.AsArray(), f => Assert.Equal(SalesforceEmulatorConformanceTests.Keys(recorded["fields"]![0]!), SalesforceEmulatorConformanceTests.Keys(f!)));
        var key = describe["fields"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "Keepage_Key__c")!;
        Assert.Equal((true, true), (key["externalId"]!.GetValue<bool>(), key["unique"]!.GetValue<bool>()));
    }
}
