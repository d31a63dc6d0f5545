using System.Text.Json.Nodes;
using Keepage.Emulators.Salesforce;

namespace Keepage.Tests.Salesforce;

/// <summary>The emulator's SOQL over HTTP: relationship fields, WHERE operators, date literals, ORDER BY, LIMIT and OFFSET.</summary>
public sealed class SoqlQueryEngineTests
{
    private static async Task<(SalesforceEmulator, SalesforceClient)> StartAsync()
    {
        var seed = new SalesforceSeed();
        var north = seed.Account("North Clinic", "P-1");
        seed.Contact("Avery", "1234567893", north);
        seed.Contact("Blake", "1245319599", north);
        seed.Contact("Casey_%", null);
        seed.Add("Task", new JsonObject { ["Subject"] = "Visit", ["Status"] = "Completed", ["ActivityDate"] = "2026-10-05", ["WhatId"] = north });
        using var folder = new SalesforceFolder();
        var emulator = await SalesforceEmulator.StartAsync(new SalesforceEmulatorOptions { SeedFile = seed.WriteTo(folder.Path) }, TestContext.Current.CancellationToken);
        return (emulator, await SalesforceClient.ConnectAsync(emulator));
    }

    private static async Task<JsonArray> RecordsAsync(SalesforceClient client, string soql) =>
        (await client.JsonAsync("GET", "query?q=" + Uri.EscapeDataString(soql)))["records"]!.AsArray();

    [Fact]
    public async Task ParentFieldsAreNestedRecordsOrNull()
    {
        var (emulator, client) = await StartAsync();
        await using var _ = emulator;
        using var __ = client;

        var rows = await RecordsAsync(client, "SELECT LastName, Account.Name FROM Contact ORDER BY LastName DESC");

        Assert.Equal(["Casey_%", "Blake", "Avery"], rows.Select(r => r!["LastName"]!.GetValue<string>()));
        Assert.Null(rows[0]!["Account"]);
        Assert.Equal("North Clinic", rows[1]!["Account"]!["Name"]!.GetValue<string>());
        Assert.Equal("Account", rows[1]!["Account"]!["attributes"]!["type"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("SELECT Id FROM Contact WHERE NPI__c IN ('1234567893', '1245319599') AND NOT LastName = 'Blake'", 1)]
    [InlineData("SELECT Id FROM Contact WHERE LastName LIKE 'Casey\\_\\%' OR NPI__c = '1245319599'", 2)]
    [InlineData("SELECT Id FROM Contact WHERE LastName LIKE 'C_sey%'", 1)]
    [InlineData("SELECT Id FROM Contact WHERE NPI__c != null AND Account.Name LIKE 'north%'", 2)]
    [InlineData("SELECT Id FROM Contact WHERE (LastName < 'B' OR LastName >= 'C') LIMIT 5 OFFSET 1", 1)]
    [InlineData("SELECT Id FROM Task WHERE ActivityDate = 2026-10-05 AND IsClosed = true", 1)]
    [InlineData("SELECT Id FROM Task WHERE ActivityDate > 2026-10-05", 0)]
    [InlineData("SELECT Id FROM Task WHERE SystemModstamp = LAST_N_DAYS:2 AND AccountId != null", 1)]
    [InlineData("SELECT Id FROM Contact WHERE CreatedDate < 2000-01-01T00:00:00Z", 0)]
    public async Task WhereClauseSelectsTheRightRecords(string soql, int expected)
    {
        var (emulator, client) = await StartAsync();
        await using var _ = emulator;
        using var __ = client;

        Assert.Equal(expected, (await RecordsAsync(client, soql)).Count);
    }

    [Fact]
    public async Task UnknownObjectIsInvalidType()
    {
        var (emulator, client) = await StartAsync();
        await using var _ = emulator;
        using var __ = client;

        var error = (await client.JsonAsync("GET", "query?q=" + Uri.EscapeDataString("SELECT Id FROM Foo__c")))[0]!;

        Assert.Equal("INVALID_TYPE", error["errorCode"]!.GetValue<string>());
        Assert.Contains("sObject type 'Foo__c' is not supported.", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
