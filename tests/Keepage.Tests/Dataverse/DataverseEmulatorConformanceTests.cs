using System.Text;
using System.Text.Json.Nodes;

namespace Keepage.Tests.Dataverse;

/// <summary>The emulator against the recorded Dataverse responses in ../shared/fixtures/dataverse.</summary>
public sealed class DataverseEmulatorConformanceTests
{
    private static readonly Guid SampleAccount = new("00000000-0000-0000-0000-000000000001");

    private static async Task<(DataverseHarness Harness, EmulatorClient Client)> StartAsync(Action<DataverseSeed>? seed = null)
    {
        var rows = new DataverseSeed();
        seed?.Invoke(rows);
        var harness = await DataverseHarness.StartAsync(rows);
        return (harness, await EmulatorClient.ConnectAsync(harness.Emulator));
    }

    private static Task<string> TextAsync(HttpResponseMessage response) => response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

    [Fact]
    public async Task LookupAnnotationsHaveTheRecordedNamesOrderAndHeaders()
    {
        var recorded = HttpFixture.Parse(SharedFixtures.Read("query/lookup-annotations.response.http"));
        Guid account = default, contact = default;
        var (harness, client) = await StartAsync(s => contact = s.Contact("Susanna", "Stubberod", account: account = s.Account("Contoso")));
        await using var _ = harness;
        using var __ = client;

        using var response = await client.SendAsync("GET", $"contacts({contact})?$select=fullname,_parentcustomerid_value", null, "Prefer: odata.include-annotations=\"*\"");

        Assert.Equal(recorded.Status, (int)response.StatusCode);
        Assert.Equal(recorded.Headers["Preference-Applied"], response.Headers.GetValues("Preference-Applied").Single());
        Assert.Equal(recorded.Headers["Content-Type"], response.Content.Headers.ContentType!.ToString());
        var wanted = JsonNode.Parse(recorded.Body)!.AsObject();
        var body = JsonNode.Parse(await TextAsync(response))!.AsObject();
        Assert.Equal(Suffixes(wanted, "_customerid_value"), Suffixes(body, "_parentcustomerid_value"));
        Assert.Equal("account", body["_parentcustomerid_value@Microsoft.Dynamics.CRM.lookuplogicalname"]!.GetValue<string>());
        Assert.Equal("parentcustomerid_account", body["_parentcustomerid_value@Microsoft.Dynamics.CRM.associatednavigationproperty"]!.GetValue<string>());
        Assert.Equal("Contoso", body["_parentcustomerid_value@OData.Community.Display.V1.FormattedValue"]!.GetValue<string>());
        Assert.EndsWith("$metadata#contacts(fullname,_parentcustomerid_value)/$entity", body["@odata.context"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(body["@odata.etag"]!.GetValue<string>(), response.Headers.ETag!.ToString());
    }

    private static List<string> Suffixes(JsonObject row, string lookup) =>
        [.. row.Select(p => p.Key).Where(k => k.StartsWith(lookup, StringComparison.Ordinal)).Select(k => k[lookup.Length..])];

    [Fact]
    public async Task PagedQueryHasTheRecordedNextLinkShape()
    {
        var recorded = HttpFixture.Parse(SharedFixtures.Read("query/maxpagesize-nextlink.response.http"));
        var (harness, client) = await StartAsync(s =>
        {
            foreach (var name in new[] { "Fourth Coffee (sample)", "Litware, Inc. (sample)", "Adventure Works (sample)", "Fabrikam, Inc. (sample)" })
                s.Account(name);
        });
        await using var _ = harness;
        using var __ = client;

        using var response = await client.SendAsync("GET", "accounts?$select=name", null, "Prefer: odata.maxpagesize=3");

        Assert.Equal(recorded.Headers["Preference-Applied"], response.Headers.GetValues("Preference-Applied").Single());
        var wanted = JsonNode.Parse(recorded.Body)!.AsObject();
        var body = JsonNode.Parse(await TextAsync(response))!.AsObject();
        Assert.Equal(wanted.Select(p => p.Key), body.Select(p => p.Key));
        Assert.Equal(WireText.Normalize(wanted["@odata.context"]!.GetValue<string>()), WireText.Normalize(body["@odata.context"]!.GetValue<string>()));
        Assert.Equal(wanted["value"]![0]!.AsObject().Select(p => p.Key), body["value"]![0]!.AsObject().Select(p => p.Key));
        Assert.Equal(WireText.Normalize(wanted["@odata.nextLink"]!.GetValue<string>()), WireText.Normalize(body["@odata.nextLink"]!.GetValue<string>()));
        var rows = body["value"]!.AsArray();
        Assert.Contains(rows[2]!["accountid"]!.GetValue<string>().ToUpperInvariant(), body["@odata.nextLink"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpsertByKeyAnswers201ThenUpdates200AsRecorded()
    {
        var (created, updated) = (HttpFixture.ParseExchange(SharedFixtures.Read("write/upsert-altkey-created-201.exchange.http")).Response,
            HttpFixture.ParseExchange(SharedFixtures.Read("write/upsert-altkey-updated-200.exchange.http")).Response);
        var (harness, client) = await StartAsync();
        await using var _ = harness;
        using var __ = client;
        string[] headers = ["Prefer: return=representation", "If-None-Match: null"];

        using var first = await client.SendAsync("PATCH", "kpg_referralkpis(kpg_key='3-3')?$select=kpg_referralkpiid", """{ "kpg_name": "3:3" }""", headers);
        using var second = await client.SendAsync("PATCH", "kpg_referralkpis(kpg_key='3-3')?$select=kpg_referralkpiid", """{ "kpg_name": "3:3 Updated" }""", headers);

        foreach (var (recorded, response) in new[] { (created, first), (updated, second) })
        {
            Assert.Equal(recorded.Status, (int)response.StatusCode);
            Assert.Equal(recorded.Headers.ContainsKey("Preference-Applied"), response.Headers.Contains("Preference-Applied"));
            var wanted = WireText.NormalizeJson(recorded.Body.Replace("example_records(example_recordid)", "kpg_referralkpis(kpg_referralkpiid)", StringComparison.Ordinal)
                .Replace("example_recordid", "kpg_referralkpiid", StringComparison.Ordinal));
            var text = await TextAsync(response);
            Assert.True(JsonNode.DeepEquals(wanted, WireText.NormalizeJson(text)), text);
            Assert.Equal(JsonNode.Parse(text)!["@odata.etag"]!.GetValue<string>(), response.Headers.ETag!.ToString());
        }
        Assert.NotEqual(first.Headers.ETag, second.Headers.ETag);
    }

    [Fact]
    public async Task InsertOnlyUpsertOfAnExistingRowIs412AsRecorded()
    {
        var recorded = HttpFixture.Parse(SharedFixtures.Read("errors/upsert-ifnonematch-star-exists-412.response.http"));
        var (harness, client) = await StartAsync();
        await using var _ = harness;
        using var __ = client;
        (await client.SendAsync("PATCH", "kpg_referralkpis(kpg_key='k1')", """{"kpg_name":"one"}""", "If-None-Match: null")).Dispose();

        using var response = await client.SendAsync("PATCH", "kpg_referralkpis(kpg_key='k1')", """{"kpg_name":"two"}""", "If-None-Match: *");

        await AssertRecordedErrorAsync(recorded, response);
    }

    [Fact]
    public async Task UpdateOnlyUpsertOfAMissingRowIs404AsRecorded()
    {
        var recorded = HttpFixture.Parse(SharedFixtures.Read("errors/update-ifmatch-star-not-found-404.response.http"));
        var (harness, client) = await StartAsync();
        await using var _ = harness;
        using var __ = client;

        using var response = await client.SendAsync("PATCH", $"accounts({SampleAccount})", """{"name":"Updated Sample Account"}""", "If-Match: *");

        await AssertRecordedErrorAsync(recorded, response);
        Assert.Equal("0x80040217", JsonNode.Parse(await TextAsync(response))!["error"]!["code"]!.GetValue<string>());
    }

    private static async Task AssertRecordedErrorAsync(HttpFixture recorded, HttpResponseMessage response)
    {
        Assert.Equal(recorded.Status, (int)response.StatusCode);
        Assert.Equal(recorded.Headers["Content-Type"], response.Content.Headers.ContentType!.ToString());
        Assert.Equal(recorded.Headers["OData-Version"], response.Headers.GetValues("OData-Version").Single());
        var (wanted, got) = (JsonNode.Parse(recorded.Body)!["error"]!, JsonNode.Parse(await TextAsync(response))!["error"]!);
        Assert.Equal(wanted["message"]!.GetValue<string>(), got["message"]!.GetValue<string>());
        Assert.Matches("^0x[0-9A-F]{8}$", got["code"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("no-changeset")]
    [InlineData("changeset")]
    public async Task BatchReplayAnswersAsRecorded(string sample)
    {
        var request = HttpFixture.Parse(SharedFixtures.Read($"batch/{sample}.request.http"));
        var recorded = HttpFixture.Parse(SharedFixtures.Read($"batch/{sample}.response.http"));
        var (harness, client) = await StartAsync(s => s.Account("Sample", id: SampleAccount));
        await using var _ = harness;
        using var __ = client;

        using var response = await SendBatchAsync(client, request.Headers["Content-Type"], request.Body);

        Assert.Equal(recorded.Status, (int)response.StatusCode);
        await AssertSameBatchAsync(recorded, response);
    }

    [Theory]
    [InlineData("stop-on-error", null)]
    [InlineData("continue-on-error", "odata.continue-on-error")]
    public async Task BatchWithAFailingPartAnswersAsRecorded(string sample, string? prefer)
    {
        var recorded = HttpFixture.Parse(SharedFixtures.Read($"batch/{sample}.response.http"));
        var (harness, client) = await StartAsync(s => s.Account("Sample", id: SampleAccount));
        await using var _ = harness;
        using var __ = client;
        const string Boundary = "batch_d3ba2c5a-3fb4-4e2a-8c8f-7f4d1f0b3c11";
        var body = new StringBuilder();
        foreach (var subject in new[] { new string('x', 201), "Task 2 in batch", "Task 3 in batch" })
        {
            body.Append($"--{Boundary}\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n")
                .Append("POST /api/data/v9.2/tasks HTTP/1.1\r\nContent-Type: application/json; type=entry\r\n\r\n")
                .Append($$"""{"subject":"{{subject}}","regardingobjectid_account_task@odata.bind":"accounts({{SampleAccount}})"}""").Append("\r\n");
        }
        body.Append($"--{Boundary}--\r\n");

        using var response = await SendBatchAsync(client, $"multipart/mixed; boundary=\"{Boundary}\"", body.ToString(), prefer);

        Assert.Equal(recorded.Status, (int)response.StatusCode);
        Assert.Equal(recorded.StartLine.Split(' ', 3)[2], response.ReasonPhrase);
        await AssertSameBatchAsync(recorded, response);
        using var tasks = await client.SendAsync("GET", "tasks?$select=subject");
        Assert.Equal(prefer is null ? 0 : 2, JsonNode.Parse(await TextAsync(tasks))!["value"]!.AsArray().Count);
    }

    private static Task<HttpResponseMessage> SendBatchAsync(EmulatorClient client, string contentType, string body, string? prefer = null)
    {
        var crlf = body.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);
        string[] headers = prefer is null ? [$"Content-Type: {contentType}"] : [$"Content-Type: {contentType}", $"Prefer: {prefer}"];
        return client.SendAsync("POST", "$batch", crlf, headers);
    }

    private static async Task AssertSameBatchAsync(HttpFixture recorded, HttpResponseMessage response)
    {
        Assert.Equal("4.0", response.Headers.GetValues("OData-Version").Single());
        var boundary = response.Content.Headers.ContentType!.Parameters.Single(p => p.Name == "boundary").Value!;
        Assert.StartsWith("batchresponse_", boundary, StringComparison.Ordinal);
        var recordedBoundary = recorded.Body.Split('\n')[0][2..].TrimEnd();
        var expected = WireText.ParseMultipart(recorded.Body, recordedBoundary);
        Assert.NotEmpty(expected);
        WireText.AssertSameParts(expected, WireText.ParseMultipart(await TextAsync(response), boundary));
    }
}
