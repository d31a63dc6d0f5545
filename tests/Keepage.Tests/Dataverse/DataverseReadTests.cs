using System.Text.Json.Nodes;
using Keepage.Connectors.Dataverse;

namespace Keepage.Tests.Dataverse;

public sealed class DataverseReadTests
{
    [Fact]
    public async Task ReadsEveryRowExactlyOnceAcrossPages()
    {
        var seed = new DataverseSeed();
        var accounts = Enumerable.Range(1, 7).Select(i => seed.Account($"Practice {i}", $"P-{i:000}")).ToList();
        var contacts = Enumerable.Range(1, 23).Select(i => seed.Contact("Dr", $"Number{i}", account: accounts[i % 7])).ToList();
        var visits = Enumerable.Range(1, 9).Select(i => seed.Activity("appointments", $"Visit {i}", "contact", contacts[i])).ToList();
        var calls = Enumerable.Range(1, 5).Select(i => seed.Activity("phonecalls", $"Call {i}", "account", accounts[i])).ToList();
        await using var harness = await DataverseHarness.StartAsync(seed, connector: o => o.MaxPageSize = 4);

        var snapshot = await harness.Target.ReadAsync(TestContext.Current.CancellationToken);

        Assert.Equal(contacts.Select(c => c.ToString()).Order(), snapshot.Providers.Select(p => p.CrmId).Order());
        Assert.Equal(accounts.Select(a => a.ToString()).Order(), snapshot.Practices.Select(p => p.CrmId).Order());
        Assert.Equal(visits.Concat(calls).Select(a => a.ToString()).Order(), snapshot.Activities.Select(a => a.CrmId).Order());
        var contactPages = harness.Emulator.Requests.Where(r => r.PathAndQuery.StartsWith("/api/data/v9.2/contacts", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, contactPages.Count);
        Assert.StartsWith("/api/data/v9.2/contacts?$select=contactid,fullname,kpg_npi,", contactPages[0].PathAndQuery, StringComparison.Ordinal);
        Assert.All(contactPages, r => Assert.Contains("odata.maxpagesize=4", r.Headers["Prefer"], StringComparison.Ordinal));
    }

    [Fact]
    public async Task RequestsEachNextLinkExactlyAsReturned()
    {
        var seed = new DataverseSeed();
        foreach (var i in Enumerable.Range(1, 5))
            seed.Account($"O'Brien & Sons {i}");
        await using var harness = await DataverseHarness.StartAsync(seed, connector: o => o.MaxPageSize = 2);
        using var first = await harness.Api.RetrieveMultipleAsync("accounts", new ODataQuery { Select = "accountid,name,accountnumber,_ownerid_value,modifiedon" }.ToString(),
            "odata.maxpagesize=2,odata.include-annotations=\"Microsoft.Dynamics.CRM.lookuplogicalname\"", TestContext.Current.CancellationToken);
        var nextLink = JsonNode.Parse(await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["@odata.nextLink"]!.GetValue<string>();
        harness.Emulator.ClearRequests();

        await harness.Target.ReadAsync(TestContext.Current.CancellationToken);

        var expected = nextLink[(nextLink.IndexOf("/api/", StringComparison.Ordinal))..];
        Assert.Contains("%253c", expected, StringComparison.Ordinal);
        Assert.Contains(harness.Emulator.Requests, r => r.PathAndQuery == expected);
    }

    [Fact]
    public async Task MapsPracticeOwnerAndRegardingTypeFromLookups()
    {
        var seed = new DataverseSeed();
        var liaison = seed.User("Liaison One");
        var practice = seed.Account("Harbor Family Medicine", "HFM-01", liaison);
        var doctor = seed.Contact("Ada", "Quinn", "1234567893", practice, liaison);
        var visit = seed.Activity("appointments", "Lunch visit", "contact", doctor, DateTimeOffset.Parse("2025-03-04T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var call = seed.Activity("phonecalls", "Office call", "account", practice);
        await using var harness = await DataverseHarness.StartAsync(seed);

        var snapshot = await harness.Target.ReadAsync(TestContext.Current.CancellationToken);

        var provider = Assert.Single(snapshot.Providers);
        Assert.Equal(("Ada Quinn", "1234567893", practice.ToString(), liaison.ToString()), (provider.Name, provider.Npi, provider.PracticeCrmId, provider.OwnerId));
        Assert.Equal("dataverse", provider.CrmTarget);
        Assert.NotNull(provider.ModifiedOn);
        var account = Assert.Single(snapshot.Practices);
        Assert.Equal(("Harbor Family Medicine", "HFM-01", liaison.ToString()), (account.Name, account.PracticeId, account.OwnerId));
        var appointment = snapshot.Activities.Single(a => a.CrmId == visit.ToString());
        Assert.Equal(("appointment", doctor.ToString(), "contact"), (appointment.Kind, appointment.RegardingCrmId, appointment.RegardingType));
        Assert.Equal(DateTimeOffset.Parse("2025-03-04T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture), appointment.OccurredOn);
        var phonecall = snapshot.Activities.Single(a => a.CrmId == call.ToString());
        Assert.Equal(("phonecall", practice.ToString(), "account"), (phonecall.Kind, phonecall.RegardingCrmId, phonecall.RegardingType));
    }

    [Fact]
    public async Task ServerPageLimitStillReturnsEveryRow()
    {
        var seed = new DataverseSeed();
        var ids = Enumerable.Range(1, 12).Select(i => seed.Account($"Practice {i}")).ToList();
        await using var harness = await DataverseHarness.StartAsync(seed, emulator: o => o with { MaxPageSize = 5 });

        var snapshot = await harness.Target.ReadAsync(TestContext.Current.CancellationToken);

        Assert.Equal(ids.Select(i => i.ToString()).Order(), snapshot.Practices.Select(p => p.CrmId).Order());
    }
}
