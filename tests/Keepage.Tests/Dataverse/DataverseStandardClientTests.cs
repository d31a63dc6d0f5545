using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Keepage.Emulators.Dataverse;

namespace Keepage.Tests.Dataverse;

/// <summary>What <c>keepage emulate dataverse</c> serves out of the box, to a plain HttpClient.</summary>
public sealed class DataverseStandardClientTests
{
    private static async Task<HttpClient> SignInAsync(DataverseEmulator emulator, string secret)
    {
        var http = new HttpClient { BaseAddress = emulator.ApiAddress };
        using var response = await http.PostAsync(emulator.TokenEndpoint, new FormUrlEncodedContent(
        [
            new("client_id", "keepage"),
            new("client_secret", secret),
            new("scope", emulator.BaseAddress + ".default"),
            new("grant_type", "client_credentials"),
        ]), TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        var token = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["access_token"]!.GetValue<string>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    [Fact]
    public async Task DefaultEmulatorAcceptsKeepageCredentialsOnlyAndRequiresAToken()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new DataverseEmulatorOptions(), TestContext.Current.CancellationToken);
        using var anonymous = new HttpClient();

        using var noToken = await anonymous.GetAsync(new Uri(emulator.ApiAddress, "contacts"), TestContext.Current.CancellationToken);
        await Assert.ThrowsAsync<HttpRequestException>(() => SignInAsync(emulator, "wrong"));

        Assert.Equal(HttpStatusCode.Unauthorized, noToken.StatusCode);
        using var http = await SignInAsync(emulator, "keepage");
        using var whoAmI = await http.GetAsync("WhoAmI", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, whoAmI.StatusCode);
    }

    [Fact]
    public async Task CreateRetrievePagedUpsertByKeyAndBatchWorkAsSpecified()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var emulator = await DataverseEmulator.StartAsync(new DataverseEmulatorOptions(), ct);
        using var http = await SignInAsync(emulator, "keepage");
        for (var i = 0; i < 5; i++)
            (await http.PostAsync("contacts", Json($$"""{"firstname":"Ada","lastname":"Quinn {{i}}"}"""), ct)).Dispose();

        using var firstPage = new HttpRequestMessage(HttpMethod.Get, "contacts?$select=fullname");
        firstPage.Headers.Add("Prefer", "odata.maxpagesize=3");
        using var page = await http.SendAsync(firstPage, ct);
        var body = JsonNode.Parse(await page.Content.ReadAsStringAsync(ct))!;
        using var upsert = await http.PatchAsync("kpg_referralkpis(kpg_key='k.1')", Json("""{"kpg_value":3}"""), ct);
        using var batch = new StringContent(
            "--batch_1\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n" +
            "PATCH kpg_referralkpis(kpg_key='k.2') HTTP/1.1\r\nContent-Type: application/json; type=entry\r\n\r\n{\"kpg_value\":4}\r\n--batch_1--\r\n");
        batch.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/mixed; boundary=batch_1");
        using var batched = await http.PostAsync("$batch", batch, ct);

        Assert.Equal("odata.maxpagesize=3", page.Headers.GetValues("Preference-Applied").Single());
        Assert.Equal(3, body["value"]!.AsArray().Count);
        Assert.Contains("$skiptoken=", body["@odata.nextLink"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, upsert.StatusCode);
        Assert.EndsWith("kpg_referralkpis(kpg_key='k.1')", upsert.Headers.GetValues("OData-EntityId").Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, batched.StatusCode);
        Assert.Contains("HTTP/1.1 204 No Content", await batched.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
    }
}
