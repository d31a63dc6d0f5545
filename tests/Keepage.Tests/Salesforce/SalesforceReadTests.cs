using System.Text.Json.Nodes;
using Keepage.Connectors.Salesforce;
using Microsoft.Extensions.DependencyInjection;

namespace Keepage.Tests.Salesforce;

public sealed class SalesforceReadTests
{
    [Fact]
    public async Task ReadsContactsAccountsAndOutreachAcrossPages()
    {
        var seed = new SalesforceSeed();
        var practice = seed.Account("North Clinic", "P-1");
        for (var i = 0; i < 450; i++)
            seed.Contact($"Doctor {i}", $"{1000000000 + i}", practice);
        var contact = seed.Contact("Avery", "1234567893", practice);
        seed.Add("Task", new JsonObject { ["Subject"] = "Call", ["Status"] = "Completed", ["TaskSubtype"] = "Call", ["ActivityDate"] = "2026-10-05", ["WhoId"] = contact });
        seed.Add("Task", new JsonObject { ["Subject"] = "Keepage alert", ["Keepage_Alert_Key__c"] = "volume_drop.provider.1234567893.2026-10", ["WhoId"] = contact });
        seed.Add("Event", new JsonObject { ["Subject"] = "Lunch", ["ActivityDateTime"] = "2026-10-06T12:00:00.000+0000", ["DurationInMinutes"] = "60", ["WhatId"] = practice });
        await using var harness = await SalesforceHarness.StartAsync(seed, connector: o => o.QueryBatchSize = 200);

        var snapshot = await harness.Target.ReadAsync(TestContext.Current.CancellationToken);

        Assert.Equal(451, snapshot.Providers.Count);
        var avery = Assert.Single(snapshot.Providers, p => p.Npi == "1234567893");
        Assert.Equal(("Dr Avery", practice), (avery.Name, avery.PracticeCrmId![..15]));
        Assert.Equal("P-1", Assert.Single(snapshot.Practices).PracticeId);
        Assert.Equal(3, harness.Emulator.Requests.Count(r => r.PathAndQuery.Contains("/query", StringComparison.Ordinal) && r.PathAndQuery.Contains("Contact", StringComparison.Ordinal) || r.PathAndQuery.Contains("/query/01g", StringComparison.Ordinal)));
        Assert.Equal(2, snapshot.Activities.Count);
        var call = Assert.Single(snapshot.Activities, a => a.Kind == "call");
        Assert.Equal(("contact", new DateTimeOffset(2026, 10, 5, 0, 0, 0, TimeSpan.Zero)), (call.RegardingType, call.OccurredOn!.Value));
        var lunch = Assert.Single(snapshot.Activities, a => a.Kind == "event");
        Assert.Equal(("account", new DateTimeOffset(2026, 10, 6, 12, 0, 0, TimeSpan.Zero)), (lunch.RegardingType, lunch.OccurredOn!.Value));
    }

    [Fact]
    public async Task ReadsNpisFromHealthCloudWhenConfigured()
    {
        var seed = new SalesforceSeed();
        var contact = seed.Contact("Avery");
        seed.Add("HealthcareProviderNpi", new JsonObject { ["Name"] = "Avery NPI", ["Npi"] = "1234567893", ["PractitionerId"] = contact, ["IsActive"] = true });
        await using var harness = await SalesforceHarness.StartAsync(seed,
            services: s => s.Configure<SalesforceSchemaOptions>(o => o.NpiSource = ProviderNpiSource.HealthcareProviderNpi));

        var snapshot = await harness.Target.ReadAsync(TestContext.Current.CancellationToken);

        Assert.Equal("1234567893", Assert.Single(snapshot.Providers).Npi);
    }

    [Fact]
    public async Task IncrementalReadAsksOnlyForRowsChangedSince()
    {
        var seed = new SalesforceSeed();
        seed.Contact("Avery", "1234567893");
        await using var harness = await SalesforceHarness.StartAsync(seed);

        var later = await harness.Target.ReadChangedAsync(DateTimeOffset.UtcNow.AddMinutes(5), TestContext.Current.CancellationToken);
        var earlier = await harness.Target.ReadChangedAsync(DateTimeOffset.UtcNow.AddDays(-1), TestContext.Current.CancellationToken);

        Assert.Empty(later.Providers);
        Assert.Single(earlier.Providers);
        Assert.Contains(harness.Emulator.Requests, r => Uri.UnescapeDataString(r.PathAndQuery).Contains("SystemModstamp > ", StringComparison.Ordinal));
    }
}
