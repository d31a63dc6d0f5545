using System.Diagnostics;
using Keepage.Core.Crm;
using Keepage.Emulators.Dataverse;
using Keepage.Emulators.Dataverse.Limits;

namespace Keepage.Tests.Dataverse;

public sealed class DataverseThrottlingTests
{
    private static IEnumerable<RecordedRequest> ApiCalls(DataverseHarness harness) =>
        harness.Emulator.Requests.Where(r => !r.InBatch && !r.IsToken);

    private static void AssertEachKeyWrittenOnce(DataverseHarness harness, IEnumerable<CrmRecord> records)
    {
        var written = harness.Emulator.Requests.Where(r => r.InBatch && r.Status is 200 or 201 or 204)
            .GroupBy(r => r.PathAndQuery).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(written.Values, count => Assert.Equal(1, count));
        Assert.Equal(records.Count(), written.Count);
    }

    [Fact]
    public async Task TenThousandKpiUpsertsTakeAtMostTwelveRequests()
    {
        await using var harness = await DataverseHarness.StartAsync();
        var records = KpiRecords.Many(10_000);
        var clock = Stopwatch.StartNew();

        var results = await harness.Target.UpsertAsync(records, TestContext.Current.CancellationToken);

        TestContext.Current.SendDiagnosticMessage($"10,000 upserts took {clock.ElapsedMilliseconds} ms");
        Assert.All(results, r => Assert.Equal(CrmWriteOutcome.Created, r.Outcome));
        Assert.InRange(harness.Emulator.Requests.Count(r => !r.InBatch), 1, 12);
        AssertEachKeyWrittenOnce(harness, records);
    }

    [Fact]
    public async Task ThrottledBatchesWaitRetryAfterAndDeliverEveryRecordOnce()
    {
        await using var harness = await DataverseHarness.StartAsync(emulator: o => o with
        {
            Faults = new FaultInjection { ThrottleShare = 0.3, RetryAfter = TimeSpan.FromSeconds(1), Seed = 7 },
        });
        var records = KpiRecords.Many(10_000);

        var results = await harness.Target.UpsertAsync(records, TestContext.Current.CancellationToken);

        Assert.All(results, r => Assert.Equal(CrmWriteOutcome.Created, r.Outcome));
        AssertEachKeyWrittenOnce(harness, records);
        var calls = ApiCalls(harness).OrderBy(r => r.ReceivedAt).ToList();
        Assert.Contains(calls, r => r.Status == 429);
        foreach (var (throttled, next) in calls.Zip(calls.Skip(1)).Where(p => p.First.Status == 429))
            Assert.True(next.ReceivedAt >= throttled.ReceivedAt + throttled.RetryAfter!.Value, "A request went out before Retry-After passed.");
    }

    [Fact]
    public async Task RetryAfterBeyondTheBudgetLeavesRecordsRetryableWithoutWaiting()
    {
        await using var harness = await DataverseHarness.StartAsync(
            emulator: o => o with { Faults = new FaultInjection { ThrottleShare = 1, RetryAfter = TimeSpan.FromSeconds(30) } },
            connector: o => o.MaxRetryAfter = TimeSpan.FromSeconds(5));
        var clock = Stopwatch.StartNew();

        var results = await harness.Target.UpsertAsync(KpiRecords.Many(20), TestContext.Current.CancellationToken);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10));
        Assert.All(results, r => Assert.Equal(CrmWriteOutcome.RetryableFailure, r.Outcome));
        Assert.Single(ApiCalls(harness));
    }

    [Fact]
    public async Task ConnectionCutAfterCommitIsRetriedIntoTheSameRows()
    {
        await using var harness = await DataverseHarness.StartAsync(
            emulator: o => o with { Faults = new FaultInjection { DropAfterCommitShare = 0.5, Seed = 3 } },
            connector: o => (o.BatchSize, o.RetryBaseDelay) = (10, TimeSpan.FromMilliseconds(50)));
        var records = KpiRecords.Many(60);

        var results = await harness.Target.UpsertAsync(records, TestContext.Current.CancellationToken);

        Assert.All(results, r => Assert.Contains(r.Outcome, new[] { CrmWriteOutcome.Created, CrmWriteOutcome.Updated }));
        Assert.Contains(ApiCalls(harness), r => r.Status == 0);
        using var client = await EmulatorClient.ConnectAsync(harness.Emulator);
        using var count = await client.SendAsync("GET", "kpg_referralkpis/$count");
        Assert.Equal("60", await count.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData(503)]
    [InlineData(0)]
    public async Task UnavailableOrDroppedRequestsAreRetried(int fault)
    {
        var faults = fault == 503 ? new FaultInjection { UnavailableShare = 0.4, Seed = 5 } : new FaultInjection { DropShare = 0.4, Seed = 5 };
        await using var harness = await DataverseHarness.StartAsync(emulator: o => o with { Faults = faults }, connector: o => (o.BatchSize, o.RetryBaseDelay) = (5, TimeSpan.FromMilliseconds(50)));
        var records = KpiRecords.Many(25);

        var results = await harness.Target.UpsertAsync(records, TestContext.Current.CancellationToken);

        Assert.All(results, r => Assert.Equal(CrmWriteOutcome.Created, r.Outcome));
        Assert.Contains(ApiCalls(harness), r => r.Status == fault);
        AssertEachKeyWrittenOnce(harness, records);
    }
}
