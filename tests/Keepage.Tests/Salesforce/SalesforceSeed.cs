using System.Text.Json.Nodes;

namespace Keepage.Tests.Salesforce;

/// <summary>Builds an emulator seed file: records by sObject, in the order they must load.</summary>
internal sealed class SalesforceSeed
{
    private readonly JsonObject _root = [];
    private int _next;

    public string Add(string sObject, JsonObject record)
    {
        if (_root[sObject] is not JsonArray records)
            _root[sObject] = records = [];
        var id = record["Id"]?.GetValue<string>() ?? Id(sObject);
        record["Id"] = id;
        records.Add(record);
        return id;
    }

    public string Account(string name, string? practiceId = null) =>
        Add("Account", new JsonObject { ["Name"] = name, ["Practice_Id__c"] = practiceId });

    public string Contact(string lastName, string? npi = null, string? account = null) =>
        Add("Contact", new JsonObject { ["FirstName"] = "Dr", ["LastName"] = lastName, ["NPI__c"] = npi, ["AccountId"] = account });

    public string WriteTo(string folder)
    {
        var path = Path.Combine(folder, "salesforce-seed.json");
        File.WriteAllText(path, _root.ToJsonString());
        return path;
    }

    // 15-character ids; the emulator returns their 18-character form.
    private string Id(string sObject) => sObject switch
    {
        "Account" => "001",
        "Contact" => "003",
        "Task" => "00T",
        "Event" => "00U",
        _ => "a0K",
    } + "Ts" + (++_next).ToString("D10", System.Globalization.CultureInfo.InvariantCulture);
}
