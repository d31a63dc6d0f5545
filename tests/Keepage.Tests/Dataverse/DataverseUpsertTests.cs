using System.Text.Json.Nodes;
using Keepage.Connectors.Dataverse;
using Keepage.Core.Crm;

namespace Keepage.Tests.Dataverse;

public sealed class DataverseUpsertTests
{
    private static CrmRecord Kpi(string key, decimal value) => new(CrmRecordKind.Kpi, key, new Dictionary<string, object?>
    {
        [CrmFields.Name] = "Referral volume, Dr Quinn, 2025-01",
        [CrmFields.Kpi] = "referral_volume",
        [CrmFields.PeriodStart] = new DateOnly(2025, 1, 1),
        [CrmFields.Value] = value,
        [CrmFields.Count] = 12,
    });

    private static CrmRecord Alert(string key, string subject, Guid regarding, string table = "contact") => new(CrmRecordKind.Alert, key,
        new Dictionary<string, object?> { [CrmFields.Name] = subject, [CrmFields.Description] = "Expected 11, observed 2.", [CrmFields.Severity] = "High" },
        new CrmReference(table, regarding.ToString()));

    private static async Task<JsonArray> RowsAsync(DataverseHarness harness, string query)
    {
        using var client = await EmulatorClient.ConnectAsync(harness.Emulator);
        var page = await client.JsonAsync("GET", query, null, "Prefer: odata.include-annotations=\"*\"");
        return page["value"]!.AsArray();
    }

    [Fact]
    public async Task CreatesThenUpdatesAndAReplayKeepsOneRow()
    {
        await using var harness = await DataverseHarness.StartAsync();
        const string Key = "referral_volume.provider.1234567893.month.2025-01";

        var created = await harness.Target.UpsertAsync([Kpi(Key, 12.5m)], TestContext.Current.CancellationToken);
        var updated = await harness.Target.UpsertAsync([Kpi(Key, 14m)], TestContext.Current.CancellationToken);
        var replayed = await harness.Target.UpsertAsync([Kpi(Key, 14m)], TestContext.Current.CancellationToken);

        Assert.Equal(CrmWriteOutcome.Created, created[0].Outcome);
        Assert.Equal(CrmWriteOutcome.Updated, updated[0].Outcome);
        Assert.Equal(CrmWriteOutcome.Updated, replayed[0].Outcome);
        Assert.Equal(created[0].CrmId, replayed[0].CrmId);
        var row = Assert.Single(await RowsAsync(harness, "kpg_referralkpis"))!;
        Assert.Equal(created[0].CrmId, row["kpg_referralkpiid"]!.GetValue<string>());
        Assert.Equal("14", row["kpg_value"]!.ToJsonString());
        Assert.Equal("2025-01-01", row["kpg_periodstart"]!.GetValue<string>());
        Assert.Equal(Key, row["kpg_key"]!.GetValue<string>());
        Assert.Equal("Referral volume, Dr Quinn, 2025-01", row["kpg_name"]!.GetValue<string>());
    }

    [Fact]
    public async Task AlertRegardingAContactShowsTheLookupOnReadBack()
    {
        var seed = new DataverseSeed();
        var doctor = seed.Contact("Ada", "Quinn", "1234567893");
        await using var harness = await DataverseHarness.StartAsync(seed);

        var results = await harness.Target.UpsertAsync([Alert("volume_drop.provider.1234567893.2025-01", "Referral volume drop", doctor)], TestContext.Current.CancellationToken);

        Assert.Equal(CrmWriteOutcome.Created, results[0].Outcome);
        var alert = Assert.Single(await RowsAsync(harness, "kpg_leakagealerts?$select=subject,description,kpg_severity,_regardingobjectid_value"))!;
        Assert.Equal(doctor.ToString(), alert["_regardingobjectid_value"]!.GetValue<string>());
        Assert.Equal("contact", alert["_regardingobjectid_value@Microsoft.Dynamics.CRM.lookuplogicalname"]!.GetValue<string>());
        Assert.Equal("regardingobjectid_contact_kpg_leakagealert", alert["_regardingobjectid_value@Microsoft.Dynamics.CRM.associatednavigationproperty"]!.GetValue<string>());
        Assert.Equal("Ada Quinn", alert["_regardingobjectid_value@OData.Community.Display.V1.FormattedValue"]!.GetValue<string>());
        Assert.Equal(("Referral volume drop", "High"), (alert["subject"]!.GetValue<string>(), alert["kpg_severity"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ContinuesPastFailedPartsAndReportsEachRecord()
    {
        var seed = new DataverseSeed();
        var doctor = seed.Contact("Ada", "Quinn");
        await using var harness = await DataverseHarness.StartAsync(seed);
        CrmRecord[] records =
        [
            Kpi("kpi.a", 1m),
            Kpi("kpi/with-slash", 2m),
            Alert("alert.missing-contact", "Dormant referrer", Guid.NewGuid()),
            Alert("alert.long-subject", new string('x', 201), doctor),
            Alert("alert.ok", "New referrer", doctor),
        ];

        var results = await harness.Target.UpsertAsync(records, TestContext.Current.CancellationToken);

        Assert.Equal(records.Select(r => r.Key), results.Select(r => r.Key));
        Assert.Equal(
            [CrmWriteOutcome.Created, CrmWriteOutcome.PermanentFailure, CrmWriteOutcome.PermanentFailure, CrmWriteOutcome.PermanentFailure, CrmWriteOutcome.Created],
            results.Select(r => r.Outcome));
        Assert.Contains("alternate keys do not support", results[1].Error, StringComparison.Ordinal);
        Assert.Contains("0x80040217", results[2].Error, StringComparison.Ordinal);
        Assert.Contains("0x80044331", results[3].Error, StringComparison.Ordinal);
        var batch = Assert.Single(harness.Emulator.Requests, r => r.PathAndQuery.EndsWith("/$batch", StringComparison.Ordinal));
        Assert.Equal("odata.continue-on-error", batch.Headers["Prefer"]);
        Assert.Equal(4, harness.Emulator.Requests.Count(r => r.InBatch));
    }

    [Fact]
    public async Task SendsOneBatchPerBatchSizeRecords()
    {
        await using var harness = await DataverseHarness.StartAsync(connector: o => o.BatchSize = 2);

        var results = await harness.Target.UpsertAsync([.. Enumerable.Range(1, 5).Select(i => Kpi($"kpi.{i}", i))], TestContext.Current.CancellationToken);

        Assert.All(results, r => Assert.Equal(CrmWriteOutcome.Created, r.Outcome));
        Assert.Equal(3, harness.Emulator.Requests.Count(r => r.PathAndQuery.EndsWith("/$batch", StringComparison.Ordinal)));
        Assert.Equal(5, (await RowsAsync(harness, "kpg_referralkpis")).Count);
    }

    [Fact]
    public async Task KeysWithQuotesAndSpacesRoundTrip()
    {
        await using var harness = await DataverseHarness.StartAsync();
        const string Key = "kpi.O'Brien's practice.2025-01";

        var first = await harness.Target.UpsertAsync([Kpi(Key, 1m)], TestContext.Current.CancellationToken);
        var second = await harness.Target.UpsertAsync([Kpi(Key, 2m)], TestContext.Current.CancellationToken);

        Assert.Equal((CrmWriteOutcome.Created, CrmWriteOutcome.Updated), (first[0].Outcome, second[0].Outcome));
        Assert.Equal(Key, Assert.Single(await RowsAsync(harness, "kpg_referralkpis"))!["kpg_key"]!.GetValue<string>());
    }

    [Fact]
    public async Task SingleUpsertByKeyAddressesTheSameRowAsTheBatch()
    {
        await using var harness = await DataverseHarness.StartAsync();
        const string Key = "kpi.O'Brien clinic";
        var batched = await harness.Target.UpsertAsync([Kpi(Key, 1m)], TestContext.Current.CancellationToken);
        using var row = new StringContent("""{"kpg_value":2}""", System.Text.Encoding.UTF8, "application/json");

        using var response = await harness.Api.UpsertByAlternateKeyAsync("kpg_referralkpis", AlternateKey.Segment("kpg_key", Key), row,
            "return=representation", TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(harness.Emulator.Requests, r => r.PathAndQuery == "/api/data/v9.2/kpg_referralkpis(kpg_key='kpi.O''Brien%20clinic')");
        var stored = Assert.Single(await RowsAsync(harness, "kpg_referralkpis"))!;
        Assert.Equal((batched[0].CrmId, "2"), (stored["kpg_referralkpiid"]!.GetValue<string>(), stored["kpg_value"]!.ToJsonString()));
    }

    [Fact]
    public async Task UnmappedFieldIsAPermanentFailureNamingTheField()
    {
        await using var harness = await DataverseHarness.StartAsync();
        var record = new CrmRecord(CrmRecordKind.Kpi, "kpi.x", new Dictionary<string, object?> { ["no_such_field"] = 1 });

        var result = Assert.Single(await harness.Target.UpsertAsync([record], TestContext.Current.CancellationToken));

        Assert.Equal(CrmWriteOutcome.PermanentFailure, result.Outcome);
        Assert.Contains("no_such_field", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(harness.Emulator.Requests, r => r.IsWrite && r.PathAndQuery.StartsWith("/api/", StringComparison.Ordinal));
    }
}
