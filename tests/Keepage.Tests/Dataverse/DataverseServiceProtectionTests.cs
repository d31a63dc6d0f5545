using System.Text.Json.Nodes;
using Keepage.Emulators.Dataverse.Limits;

namespace Keepage.Tests.Dataverse;

public sealed class DataverseServiceProtectionTests
{
    [Fact]
    public async Task RequestsPastTheLimitGet429WithCodeConfiguredNumberAndRetryAfter()
    {
        await using var harness = await DataverseHarness.StartAsync(emulator: o => o with
        {
            ServiceProtection = new ServiceProtectionLimits { RequestLimit = 2, Window = TimeSpan.FromSeconds(120) },
        });
        using var client = await EmulatorClient.ConnectAsync(harness.Emulator);

        (await client.SendAsync("GET", "contacts")).Dispose();
        (await client.SendAsync("GET", "contacts")).Dispose();
        using var refused = await client.SendAsync("GET", "contacts");

        Assert.Equal(429, (int)refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 110, 120);
        var error = JsonNode.Parse(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["error"]!;
        Assert.Equal("0x80072322", error["code"]!.GetValue<string>());
        Assert.Equal("Number of requests exceeded the limit of 2 over time window of 120 seconds.", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task InjectedConcurrencyThrottleCarriesItsCodeAndMessage()
    {
        await using var harness = await DataverseHarness.StartAsync(emulator: o => o with
        {
            Faults = new FaultInjection { ThrottleShare = 1, ThrottleCode = "0x80072326", RetryAfter = TimeSpan.FromSeconds(3) },
            ServiceProtection = new ServiceProtectionLimits { ConcurrencyLimit = 100 },
        });
        using var client = await EmulatorClient.ConnectAsync(harness.Emulator);

        using var refused = await client.SendAsync("GET", "contacts");

        Assert.Equal(429, (int)refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), refused.Headers.RetryAfter!.Delta);
        var error = JsonNode.Parse(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["error"]!;
        Assert.Equal("Number of concurrent requests exceeded the limit of 100.", error["message"]!.GetValue<string>());
    }
}
