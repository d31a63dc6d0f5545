using Keepage.Core.Crm;

namespace Keepage.Tests.Salesforce;

/// <summary>10,000 KPI upserts against the emulator over HTTP: API calls used, lock failures, nothing lost or written twice.</summary>
public sealed class SalesforceVolumeTests
{
    private const int Records = 10_000;

    private static async Task<int> CountKpisAsync(SalesforceHarness harness)
    {
        using var client = await SalesforceClient.ConnectAsync(harness.Emulator);
        var page = await client.JsonAsync("GET", "query?q=" + Uri.EscapeDataString("SELECT Keepage_Key__c FROM Referral_KPI__c"));
        return page["totalSize"]!.GetValue<int>();
    }

    [Fact]
    public async Task TenThousandKpisTakeAtMost55CallsThroughCollections()
    {
        await using var harness = await SalesforceHarness.StartAsync(connector: o => o.BulkThreshold = Records + 1);

        var results = await harness.Target.UpsertAsync(SalesforceRecords.Kpis(Records), TestContext.Current.CancellationToken);

        Assert.All(results, r => Assert.Equal(CrmWriteOutcome.Created, r.Outcome));
        Assert.InRange(harness.ApiCalls, 50, 55);
        Assert.Equal(Records, await CountKpisAsync(harness));
    }

    [Fact]
    public async Task TenThousandKpisTakeAtMost10CallsThroughBulk()
    {
        await using var harness = await SalesforceHarness.StartAsync(connector: o => o.BulkThreshold = 5000);

        var results = await harness.Target.UpsertAsync(SalesforceRecords.Kpis(Records), TestContext.Current.CancellationToken);

        Assert.All(results, r => Assert.Equal(CrmWriteOutcome.Created, r.Outcome));
        Assert.InRange(harness.ApiCalls, 1, 10);
        Assert.Contains(harness.Emulator.Requests, r => r.Method == "PUT" && r.PathAndQuery.EndsWith("/batches", StringComparison.Ordinal));
        Assert.Equal(Records, await CountKpisAsync(harness));
        Assert.All(harness.Waits.Requested, wait => Assert.True(wait >= TimeSpan.FromSeconds(1)));
    }

    [Theory]
    [InlineData(Records, Records + 1)]
    [InlineData(3000, 1000)]
    public async Task RowsRefusedForALockAreRetriedAloneUntilAllArriveOnce(int records, int bulkThreshold)
    {
        await using var harness = await SalesforceHarness.StartAsync(connector: o => o.BulkThreshold = bulkThreshold);
        harness.Emulator.Faults.LockErrorRate = 0.2;

        var results = await harness.Target.UpsertAsync(SalesforceRecords.Kpis(records), TestContext.Current.CancellationToken);

        // Created, never Updated: each record was written exactly once, on its first successful attempt.
        Assert.All(results, r => Assert.Equal(CrmWriteOutcome.Created, r.Outcome));
        Assert.Equal(records, results.Select(r => r.CrmId).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(records, await CountKpisAsync(harness));
        Assert.Contains(harness.Waits.Requested, wait => wait >= TimeSpan.FromSeconds(1));
    }
}
