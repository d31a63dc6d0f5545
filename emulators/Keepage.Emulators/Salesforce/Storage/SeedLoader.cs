using System.Text.Json.Nodes;
using Keepage.Emulators.Salesforce.Http;

namespace Keepage.Emulators.Salesforce.Storage;

/// <summary>
/// Loads <c>{ "&lt;Object&gt;": [ &lt;record as a REST create body, optional Id and system fields&gt;, … ] }</c>, the seed
/// and state file format. Objects load in file order, so parents (Account) come before children that point at them
/// by id or by External ID (<c>"Account": {"Practice_Id__c": "P1"}</c>).
/// </summary>
internal static class SeedLoader
{
    public static void Load(RecordWriter writer, string path)
    {
        var root = JsonNode.Parse(File.ReadAllText(path)) as JsonObject
            ?? throw new InvalidDataException($"Salesforce seed '{Path.GetFileName(path)}' must be a JSON object of sObject names.");
        foreach (var (objectName, records) in root)
        {
            var definition = writer.Store.Catalog.Find(objectName)
                ?? throw new InvalidDataException($"Salesforce seed names an unknown sObject '{objectName}'.");
            foreach (var record in records?.AsArray() ?? [])
            {
                try
                {
                    writer.Create(definition, record as JsonObject ?? [], trusted: true);
                }
                catch (RestError error)
                {
                    throw new InvalidDataException($"Salesforce seed record in '{objectName}' is invalid: {error.Errors[0].ErrorCode} {error.Message}", error);
                }
            }
        }
    }
}
