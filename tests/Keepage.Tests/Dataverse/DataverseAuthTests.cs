using Keepage.Connectors.Dataverse;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Keepage.Tests.Dataverse;

public sealed class DataverseAuthTests
{
    private static int TokenRequests(DataverseHarness harness) =>
        harness.Emulator.Requests.Count(r => r.PathAndQuery.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal));

    [Fact]
    public async Task ReusesTokenUntilFiveMinutesBeforeItExpires()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-05T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var harness = await DataverseHarness.StartAsync(
            emulator: o => o with { TimeProvider = clock },
            services: s => s.AddSingleton<TimeProvider>(clock));

        await harness.Target.ReadAsync(TestContext.Current.CancellationToken);
        clock.Advance(TimeSpan.FromSeconds(3599) - TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        await harness.Target.ReadAsync(TestContext.Current.CancellationToken);
        Assert.Equal(1, TokenRequests(harness));

        clock.Advance(TimeSpan.FromSeconds(2));
        await harness.Target.ReadAsync(TestContext.Current.CancellationToken);
        Assert.Equal(2, TokenRequests(harness));
    }

    [Fact]
    public async Task ReacquiresTokenOnceWhenTheApiAnswers401()
    {
        await using var harness = await DataverseHarness.StartAsync();
        await harness.Target.ReadAsync(TestContext.Current.CancellationToken);
        harness.Emulator.RevokeTokens();
        harness.Emulator.ClearRequests();

        var snapshot = await harness.Target.ReadAsync(TestContext.Current.CancellationToken);

        Assert.Empty(snapshot.Providers);
        var api = harness.Emulator.Requests.Where(r => r.PathAndQuery.StartsWith("/api/", StringComparison.Ordinal)).ToList();
        Assert.Equal(401, api[0].Status);
        Assert.All(api.Skip(1), r => Assert.Equal(200, r.Status));
        Assert.Equal(1, TokenRequests(harness));
    }

    [Fact]
    public async Task RefusedSecretFailsWithEntraErrorAndReachesNoApi()
    {
        await using var harness = await DataverseHarness.StartAsync(connector: o => o.ClientSecret = "not-the-secret");

        var error = await Assert.ThrowsAsync<DataverseException>(() => harness.Target.ReadAsync(TestContext.Current.CancellationToken));

        Assert.Equal("invalid_client", error.ErrorCode);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.DoesNotContain(harness.Emulator.Requests, r => r.PathAndQuery.StartsWith("/api/", StringComparison.Ordinal));
    }
}
