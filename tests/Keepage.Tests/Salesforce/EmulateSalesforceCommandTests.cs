using System.CommandLine;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Keepage.Cli.Commands;

namespace Keepage.Tests.Salesforce;

/// <summary><c>keepage emulate salesforce --port N --seed FILE</c> serves a standard client: token, query with paging, upsert, collections, a bulk job.</summary>
public sealed class EmulateSalesforceCommandTests
{
    [Fact]
    public async Task ServesAStandardClientOnTheGivenPort()
    {
        using var folder = new SalesforceFolder();
        var seed = new SalesforceSeed();
        for (var i = 0; i < 250; i++)
            seed.Contact($"Doctor {i}");
        var port = FreePort();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var command = new RootCommand { EmulateSalesforceCommand.Create() };
        var running = command.Parse(["salesforce", "--port", $"{port}", "--seed", seed.WriteTo(folder.Path)]).InvokeAsync(null, stop.Token);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        var token = await SignInAsync(http);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token["access_token"]!.GetValue<string>());
        var api = $"{token["instance_url"]}/services/data/v62.0/";

        var first = await JsonAsync(http, HttpMethod.Get, api + "query?q=SELECT+Id+FROM+Contact", header: "batchSize=200");
        var second = await JsonAsync(http, HttpMethod.Get, token["instance_url"] + first["nextRecordsUrl"]!.GetValue<string>());
        var upsert = await JsonAsync(http, HttpMethod.Patch, api + "sobjects/Referral_KPI__c/Keepage_Key__c/k-1", """{"Value__c": 1}""");
        var collection = await JsonAsync(http, HttpMethod.Patch, api + "composite/sobjects/Referral_KPI__c/Keepage_Key__c",
            """{"allOrNone":false,"records":[{"attributes":{"type":"Referral_KPI__c"},"Keepage_Key__c":"k-1","Value__c":2},{"attributes":{"type":"Referral_KPI__c"},"Keepage_Key__c":"k-2"}]}""");
        var job = await JsonAsync(http, HttpMethod.Post, api + "jobs/ingest", """{"object":"Referral_KPI__c","externalIdFieldName":"Keepage_Key__c","operation":"upsert"}""");
        using var upload = await http.PutAsync(api + $"jobs/ingest/{job["id"]}/batches", new StringContent("Keepage_Key__c,Value__c\nk-3,3\n", Encoding.UTF8, "text/csv"), stop.Token);
        await JsonAsync(http, HttpMethod.Patch, api + $"jobs/ingest/{job["id"]}", """{"state":"UploadComplete"}""");
        while ((await JsonAsync(http, HttpMethod.Get, api + $"jobs/ingest/{job["id"]}"))["state"]!.GetValue<string>() != "JobComplete")
        {
        }
        var kpis = await JsonAsync(http, HttpMethod.Get, api + "query?q=SELECT+Keepage_Key__c,Value__c+FROM+Referral_KPI__c+ORDER+BY+Keepage_Key__c");
        await stop.CancelAsync();

        Assert.Equal(0, await running);
        Assert.Equal((250, 200, 50, true), (first["totalSize"]!.GetValue<int>(), first["records"]!.AsArray().Count, second["records"]!.AsArray().Count, second["done"]!.GetValue<bool>()));
        Assert.True(upsert["created"]!.GetValue<bool>());
        Assert.Equal([false, true], collection.AsArray().Select(r => r!["created"]!.GetValue<bool>()));
        Assert.Equal(new decimal?[] { 2m, null, 3m }, kpis["records"]!.AsArray().Select(r => r!["Value__c"]?.GetValue<decimal>()));
    }

    private static async Task<JsonNode> SignInAsync(HttpClient http)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var response = await http.PostAsync("services/oauth2/token", new FormUrlEncodedContent(
                    [new("grant_type", "client_credentials"), new("client_id", "keepage"), new("client_secret", "keepage")]), TestContext.Current.CancellationToken);
                return JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
            }
            catch (HttpRequestException) when (attempt < 100)
            {
                // The command is still starting Kestrel.
                await Task.Delay(100, TestContext.Current.CancellationToken);
            }
        }
    }

    private static async Task<JsonNode> JsonAsync(HttpClient http, HttpMethod method, string url, string? body = null, string? header = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        if (header is not null)
            request.Headers.Add("Sforce-Query-Options", header);
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
