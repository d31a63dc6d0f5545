using Keepage.Connectors.Dataverse;
using Keepage.Core.Flows;
using Keepage.Tests.Store;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Keepage.Tests.Dataverse;

/// <summary>Reads after the first follow the delta links, and the mirror ends up as a full read would leave it.</summary>
public sealed class DataverseIncrementalReadTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SecondSyncFollowsDeltaLinksAndTheMirrorReflectsChanges()
    {
        var seed = new DataverseSeed();
        var practice = seed.Account("Harbor Family Medicine", "HFM-01");
        var leaving = seed.Account("Closing Clinic", "CC-01");
        var doctor = seed.Contact("Ada", "Quinn", "1234567893", practice);
        var visit = seed.Activity("appointments", "Lunch visit", "contact", doctor);
        await using var harness = await DataverseHarness.StartAsync(seed, connector: o => o.MaxPageSize = 2);
        using var database = new TempDatabase();
        var store = await database.MigratedStoreAsync();
        var sync = new SyncCrm([harness.Target], store, NullLogger<SyncCrm>.Instance);
        await sync.RunAsync(Cancel);
        using var client = await EmulatorClient.ConnectAsync(harness.Emulator);
        var newcomer = (await client.JsonAsync("POST", "contacts?$select=contactid",
            """{"firstname":"Bo","lastname":"Reyes","kpg_npi":"1245319599"}""", "Prefer: return=representation"))["contactid"]!.GetValue<string>();
        (await client.SendAsync("PATCH", $"accounts({practice})", """{"name":"Harbor Family Health"}""")).Dispose();
        (await client.SendAsync("DELETE", $"accounts({leaving})")).Dispose();
        (await client.SendAsync("DELETE", $"appointments({visit})")).Dispose();
        harness.Emulator.ClearRequests();

        await sync.RunAsync(Cancel);

        var reads = harness.Emulator.Requests.Where(r => r.Method == "GET" && !r.IsToken).ToList();
        Assert.All(reads, r => Assert.Contains("$deltatoken=", r.PathAndQuery, StringComparison.Ordinal));
        Assert.Equal(2 + new DataverseSchemaOptions().OutreachActivitySets.Count, reads.Count);
        var mirror = Assert.Single(await store.LoadSnapshotsAsync(Cancel));
        Assert.Equal(new[] { doctor.ToString(), newcomer }.Order(), mirror.Providers.Select(p => p.CrmId).Order());
        Assert.Equal("1245319599", mirror.Providers.Single(p => p.CrmId == newcomer).Npi);
        var account = Assert.Single(mirror.Practices);
        Assert.Equal((practice.ToString(), "Harbor Family Health"), (account.CrmId, account.Name));
        Assert.Empty(mirror.Activities);
    }

    [Fact]
    public async Task ExpiredDeltaTokenFallsBackToAFullRead()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        var seed = new DataverseSeed();
        var practice = seed.Account("Harbor Family Medicine", "HFM-01");
        await using var harness = await DataverseHarness.StartAsync(seed,
            emulator: o => o with { TimeProvider = clock, ChangeTrackingExpiry = TimeSpan.FromDays(1), TokenLifetime = TimeSpan.FromDays(30) });
        await harness.Target.ReadAsync(Cancel);
        using var client = await EmulatorClient.ConnectAsync(harness.Emulator);
        var added = (await client.JsonAsync("POST", "accounts?$select=accountid", """{"name":"Bayside Pediatrics"}""", "Prefer: return=representation"))["accountid"]!.GetValue<string>();
        clock.Advance(TimeSpan.FromDays(2));
        harness.Emulator.ClearRequests();

        var snapshot = await harness.Target.ReadAsync(Cancel);

        var accounts = harness.Emulator.Requests.Where(r => r.PathAndQuery.StartsWith("/api/data/v9.2/accounts", StringComparison.Ordinal)).ToList();
        Assert.Equal([(true, 400), (false, 200)], accounts.Select(r => (r.PathAndQuery.Contains("$deltatoken=", StringComparison.Ordinal), r.Status)));
        Assert.Contains("odata.track-changes", accounts[1].Headers["Prefer"], StringComparison.Ordinal);
        Assert.Equal(new[] { practice.ToString(), added }.Order(), snapshot.Practices.Select(p => p.CrmId).Order());
        var again = await harness.Target.ReadAsync(Cancel);
        Assert.Equal(snapshot.Practices.Select(p => p.CrmId).Order(), again.Practices.Select(p => p.CrmId).Order());
    }

    [Fact]
    public async Task WithChangeTrackingOffEveryReadIsFull()
    {
        var seed = new DataverseSeed();
        seed.Account("Harbor Family Medicine");
        await using var harness = await DataverseHarness.StartAsync(seed, connector: o => o.ChangeTracking = false);
        await harness.Target.ReadAsync(Cancel);

        var snapshot = await harness.Target.ReadAsync(Cancel);

        Assert.Single(snapshot.Practices);
        Assert.DoesNotContain(harness.Emulator.Requests, r => r.PathAndQuery.Contains("$deltatoken", StringComparison.Ordinal)
            || r.Headers.GetValueOrDefault("Prefer", "").Contains("track-changes", StringComparison.Ordinal));
    }
}
