using System.Net;
using System.Text.Json.Nodes;
using Keepage.Emulators.Dataverse;

namespace Keepage.Tests.Dataverse;

public sealed class DataverseEmulatorTests
{
    private static async Task<(DataverseHarness, EmulatorClient)> StartAsync(DataverseSeed? seed = null)
    {
        var harness = await DataverseHarness.StartAsync(seed);
        return (harness, await EmulatorClient.ConnectAsync(harness.Emulator));
    }

    private static async Task<JsonNode> BodyAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

    [Fact]
    public async Task CallWithoutTokenGets401WithBearerChallenge()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new DataverseEmulatorOptions(), TestContext.Current.CancellationToken);
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri(emulator.ApiAddress, "contacts"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.StartsWith($"Bearer authorization_uri=https://login.microsoftonline.com/{DataverseEmulatorOptions.DefaultTenantId}/oauth2/authorize",
            response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(401, Assert.Single(emulator.Requests).Status);
    }

    [Theory]
    [InlineData("keepage-tests", "test-secret", "https://contoso.crm.dynamics.com/user_impersonation", 400, "invalid_scope")]
    [InlineData("keepage-tests", "wrong", null, 401, "invalid_client")]
    [InlineData("", "test-secret", null, 400, "invalid_request")]
    public async Task TokenEndpointAnswersEntraErrors(string clientId, string secret, string? scope, int status, string error)
    {
        await using var emulator = await DataverseEmulator.StartAsync(
            new DataverseEmulatorOptions { ClientId = "keepage-tests", ClientSecret = "test-secret" }, TestContext.Current.CancellationToken);
        using var http = new HttpClient();
        using var form = new FormUrlEncodedContent([
            new("client_id", clientId), new("client_secret", secret), new("scope", scope ?? "https://x/scope"), new("grant_type", "client_credentials")]);

        using var response = await http.PostAsync(emulator.TokenEndpoint, form, TestContext.Current.CancellationToken);

        Assert.Equal(status, (int)response.StatusCode);
        var body = await BodyAsync(response);
        Assert.Equal(error, body["error"]!.GetValue<string>());
        Assert.StartsWith("AADSTS", body["error_description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenForAnotherOrganizationIsRefused()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new DataverseEmulatorOptions(), TestContext.Current.CancellationToken);
        using var http = new HttpClient();
        using var form = new FormUrlEncodedContent([
            new("client_id", "keepage"), new("client_secret", "keepage"), new("scope", "https://other.crm.dynamics.com/.default"), new("grant_type", "client_credentials")]);
        using var tokenResponse = await http.PostAsync(emulator.TokenEndpoint, form, TestContext.Current.CancellationToken);
        var token = (await BodyAsync(tokenResponse))["access_token"]!.GetValue<string>();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(emulator.ApiAddress, "WhoAmI"));
        request.Headers.Authorization = new("Bearer", token);

        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task CreateAnswers204WithEntityIdOr201WithRepresentation()
    {
        var (harness, client) = await StartAsync();
        await using var _ = harness;
        using var __ = client;

        using var plain = await client.SendAsync("POST", "accounts", """{"name":"Sample Account","revenue":5000000.0000}""");
        using var represented = await client.SendAsync("POST", "accounts?$select=name", """{"name":"Second"}""", "Prefer: return=representation");

        Assert.Equal(HttpStatusCode.NoContent, plain.StatusCode);
        var entityId = plain.Headers.GetValues("OData-EntityId").Single();
        var row = await client.JsonAsync("GET", entityId[entityId.IndexOf("accounts(", StringComparison.Ordinal)..]);
        Assert.Equal("5000000.0000", row["revenue"]!.ToJsonString());
        Assert.Equal(HttpStatusCode.Created, represented.StatusCode);
        Assert.False(represented.Headers.Contains("OData-EntityId"));
        Assert.Equal("return=representation", represented.Headers.GetValues("Preference-Applied").Single());
        Assert.EndsWith("$metadata#accounts(name)/$entity", (await BodyAsync(represented))["@odata.context"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ETagChangesOnUpdateAndStaleIfMatchIs412()
    {
        var (harness, client) = await StartAsync();
        await using var _ = harness;
        using var __ = client;
        (await client.SendAsync("PATCH", "kpg_referralkpis(kpg_key='k')", """{"kpg_value":1}""")).Dispose();
        var before = (await client.JsonAsync("GET", "kpg_referralkpis(kpg_key='k')"))["@odata.etag"]!.GetValue<string>();

        using var update = await client.SendAsync("PATCH", "kpg_referralkpis(kpg_key='k')", """{"kpg_value":2}""", $"If-Match: {before}");
        using var stale = await client.SendAsync("PATCH", "kpg_referralkpis(kpg_key='k')", """{"kpg_value":3}""", $"If-Match: {before}");

        Assert.Equal(HttpStatusCode.NoContent, update.StatusCode);
        Assert.EndsWith("kpg_referralkpis(kpg_key='k')", update.Headers.GetValues("OData-EntityId").Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("0x80060882", (await BodyAsync(stale))["error"]!["code"]!.GetValue<string>());
        Assert.NotEqual(before, (await client.JsonAsync("GET", "kpg_referralkpis(kpg_key='k')"))["@odata.etag"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("kpg_referralkpis(kpg_key='a%2Fb')", 400, "0x80040203")]
    [InlineData("kpg_referralkpis(kpg_key='a:b')", 400, "0x80040203")]
    [InlineData("kpg_referralkpis(kpg_name='x')", 400, "0x80060888")]
    [InlineData("kpg_referralkpis(kpg_key='missing')", 404, "0x80060891")]
    [InlineData("contacts(3f2504e0-4f89-11d3-9a0c-0305e82c3301)", 404, "0x80040217")]
    [InlineData("nosuchthings", 404, "0x80060888")]
    [InlineData("contacts?$filter=fullname eq 'x", 400, "0x80060888")]
    [InlineData("contacts?$Select=fullname", 400, "0x80060888")]
    public async Task BadAddressesAnswerDataverseErrors(string path, int status, string code)
    {
        var (harness, client) = await StartAsync();
        await using var _ = harness;
        using var __ = client;

        using var response = await client.SendAsync("GET", path);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(code, (await BodyAsync(response))["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task FilterOrderAndCountApplyToTheCollection()
    {
        var seed = new DataverseSeed();
        foreach (var (first, last) in new[] { ("Ada", "Quinn"), ("Bo", "O'Neil"), ("Cy", "Quincy"), ("Di", "Adams") })
            seed.Contact(first, last);
        var (harness, client) = await StartAsync(seed);
        await using var _ = harness;
        using var __ = client;

        var page = await client.JsonAsync("GET",
            $"contacts?$select=fullname&$filter={Uri.EscapeDataString("startswith(lastname,'QUIN') or lastname eq 'O''Neil'")}&$orderby=fullname desc&$count=true");

        Assert.Equal(["Cy Quincy", "Bo O'Neil", "Ada Quinn"], page["value"]!.AsArray().Select(r => r!["fullname"]!.GetValue<string>()));
        Assert.Equal(3, page["@odata.count"]!.GetValue<int>());
        Assert.EndsWith("$metadata#contacts(fullname)", page["@odata.context"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BareRegardingNavigationIsRefused()
    {
        var seed = new DataverseSeed();
        var contact = seed.Contact("Ada", "Quinn");
        var (harness, client) = await StartAsync(seed);
        await using var _ = harness;
        using var __ = client;

        using var response = await client.SendAsync("POST", "tasks", $$"""{"subject":"x","regardingobjectid_contact@odata.bind":"/contacts({{contact}})"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("undeclared property 'regardingobjectid_contact'", (await BodyAsync(response))["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
