using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Keepage.Emulators.Dataverse;
using Microsoft.Extensions.Time.Testing;

namespace Keepage.Tests.Dataverse;

/// <summary>The emulator's change tracking against fixtures changetracking/* (wire spec A9).</summary>
public sealed partial class DataverseChangeTrackingTests
{
    private const string Select = "accounts?$select=name,accountnumber,telephone1,fax";
    private const string Track = "Prefer: odata.track-changes";

    private static async Task<(DataverseHarness Harness, EmulatorClient Client)> StartAsync(Func<DataverseEmulatorOptions, DataverseEmulatorOptions>? emulator = null)
    {
        var harness = await DataverseHarness.StartAsync(emulator: emulator);
        return (harness, await EmulatorClient.ConnectAsync(harness.Emulator));
    }

    private static async Task<string> CreateAsync(EmulatorClient client, string name) =>
        (await client.JsonAsync("POST", "accounts?$select=accountid", $$"""{"name":"{{name}}","telephone1":"555000","fax":"10101"}""", "Prefer: return=representation"))["accountid"]!.GetValue<string>();

    private static async Task<string> TextAsync(HttpResponseMessage response) => await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

    [Fact]
    public async Task TrackedQueryAnswersRowsAndADeltaLinkAsRecorded()
    {
        var recorded = HttpFixture.Parse(SharedFixtures.Read("changetracking/initial.response.http"));
        var (harness, client) = await StartAsync();
        await using var _ = harness;
        using var __ = client;
        await CreateAsync(client, "Monte Orton");

        using var response = await client.SendAsync("GET", Select, null, Track);

        Assert.Equal(recorded.Status, (int)response.StatusCode);
        Assert.Equal(recorded.Headers["Preference-Applied"], response.Headers.GetValues("Preference-Applied").Single());
        Assert.Equal(recorded.Headers["OData-Version"], response.Headers.GetValues("OData-Version").Single());
        var (wanted, body) = (JsonNode.Parse(recorded.Body)!.AsObject(), JsonNode.Parse(await TextAsync(response))!.AsObject());
        Assert.Equal(wanted.Select(p => p.Key), body.Select(p => p.Key));
        Assert.Equal(wanted["value"]![0]!.AsObject().Select(p => p.Key), body["value"]![0]!.AsObject().Select(p => p.Key));
        Assert.Equal(Link(wanted["@odata.deltaLink"]!), Link(body["@odata.deltaLink"]!));
        Assert.Equal(WireText.Normalize(wanted["@odata.context"]!.GetValue<string>()), WireText.Normalize(body["@odata.context"]!.GetValue<string>()));
    }

    [Fact]
    public async Task DeltaLinkAnswersChangedRowsThenDeletionsAsRecorded()
    {
        var recorded = HttpFixture.Parse(SharedFixtures.Read("changetracking/delta.response.http"));
        var (harness, client) = await StartAsync();
        await using var _ = harness;
        using var __ = client;
        var (kept, deleted, untouched) = (await CreateAsync(client, "Monte Orton"), await CreateAsync(client, "Gone"), await CreateAsync(client, "Same"));
        var deltaLink = (await client.JsonAsync("GET", "accounts?$select=name,telephone1,fax", null, Track))["@odata.deltaLink"]!.GetValue<string>();
        (await client.SendAsync("PATCH", $"accounts({kept})", """{"telephone1":"555001"}""")).Dispose();
        (await client.SendAsync("DELETE", $"accounts({deleted})")).Dispose();

        using var response = await client.SendAsync("GET", deltaLink);

        Assert.Equal(recorded.Status, (int)response.StatusCode);
        var (wanted, body) = (JsonNode.Parse(recorded.Body)!.AsObject(), JsonNode.Parse(await TextAsync(response))!.AsObject());
        Assert.Equal(wanted.Select(p => p.Key), body.Select(p => p.Key));
        Assert.EndsWith("$metadata#accounts(name,telephone1,fax)/$delta", body["@odata.context"]!.GetValue<string>(), StringComparison.Ordinal);
        var rows = body["value"]!.AsArray();
        Assert.Equal(2, rows.Count);
        Assert.Equal(wanted["value"]![0]!.AsObject().Select(p => p.Key), rows[0]!.AsObject().Select(p => p.Key));
        Assert.Equal((kept, "555001"), (rows[0]!["accountid"]!.GetValue<string>(), rows[0]!["telephone1"]!.GetValue<string>()));
        Assert.True(JsonNode.DeepEquals(WireText.NormalizeJson(wanted["value"]![1]!.ToJsonString()), WireText.NormalizeJson(rows[1]!.ToJsonString())), rows[1]!.ToJsonString());
        Assert.Equal(deleted, rows[1]!["id"]!.GetValue<string>());
        Assert.DoesNotContain(untouched, body.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(Link(wanted["@odata.deltaLink"]!), Link(body["@odata.deltaLink"]!));
    }

    [Fact]
    public async Task NewDeltaLinkWithNoChangesAnswersAnEmptyValue()
    {
        var (harness, client) = await StartAsync();
        await using var _ = harness;
        using var __ = client;
        await CreateAsync(client, "Monte Orton");
        var first = (await client.JsonAsync("GET", Select, null, Track))["@odata.deltaLink"]!.GetValue<string>();
        var second = (await client.JsonAsync("GET", first))["@odata.deltaLink"]!.GetValue<string>();

        var body = await client.JsonAsync("GET", second);

        Assert.Empty(body["value"]!.AsArray());
    }

    [Fact]
    public async Task ExpiredDeltaTokenIsRefusedWithExpiredVersionStamp()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        var (harness, client) = await StartAsync(o => o with { TimeProvider = clock, ChangeTrackingExpiry = TimeSpan.FromDays(2), TokenLifetime = TimeSpan.FromDays(30) });
        await using var _ = harness;
        using var __ = client;
        var deltaLink = (await client.JsonAsync("GET", Select, null, Track))["@odata.deltaLink"]!.GetValue<string>();
        clock.Advance(TimeSpan.FromDays(3));

        using var response = await client.SendAsync("GET", deltaLink);

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("0x80044352", JsonNode.Parse(await TextAsync(response))!["error"]!["code"]!.GetValue<string>());
        using var garbled = await client.SendAsync("GET", "accounts?$select=name&$deltatoken=not-a-token");
        Assert.Equal(400, (int)garbled.StatusCode);
    }

    [Theory]
    [InlineData("$filter=name eq 'x'", "$filter")]
    [InlineData("$top=2", "$top")]
    [InlineData("$orderby=name", "$orderby")]
    public async Task TrackChangesRefusesQueryOptionsDataverseDoesNotAllow(string option, string name)
    {
        var (harness, client) = await StartAsync();
        await using var _ = harness;
        using var __ = client;

        var error = await client.JsonAsync("GET", $"accounts?$select=name&{option}", null, Track);

        Assert.Equal($"The \"{name}\" query parameter isn't supported when Change Tracking is enabled.", error["error"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task DeletionsSurviveARestartOnTheStateFile()
    {
        using var folder = new TempFolder();
        var state = Path.Combine(folder.Path, "state.json");
        string deleted, deltaPath;
        var (first, client) = await StartAsync(o => o with { StateFile = state });
        await using (first)
        using (client)
        {
            deleted = await CreateAsync(client, "Gone");
            var link = (await client.JsonAsync("GET", Select, null, Track))["@odata.deltaLink"]!.GetValue<string>();
            deltaPath = link[link.IndexOf("accounts?", StringComparison.Ordinal)..];
            (await client.SendAsync("DELETE", $"accounts({deleted})")).Dispose();
        }

        var (second, again) = await StartAsync(o => o with { StateFile = state });
        await using var _ = second;
        using var __ = again;
        var body = await again.JsonAsync("GET", deltaPath);

        var entry = Assert.Single(body["value"]!.AsArray())!;
        Assert.Equal((deleted, "deleted"), (entry["id"]!.GetValue<string>(), entry["reason"]!.GetValue<string>()));
    }

    // The token differs per run; its shape (version!MM/dd/yyyy HH:mm:ss, lower-case escapes) must not.
    private static string Link(JsonNode link) => DeltaToken().Replace(WireText.Normalize(link.GetValue<string>()), "$deltatoken={token}");

    [GeneratedRegex(@"\$deltatoken=[0-9]+%21[0-9]{2}%2f[0-9]{2}%2f[0-9]{4}%20[0-9]{2}%3a[0-9]{2}%3a[0-9]{2}$")]
    private static partial Regex DeltaToken();
}
