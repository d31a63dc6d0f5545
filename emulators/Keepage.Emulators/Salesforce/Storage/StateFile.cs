using System.Text.Json;
using System.Text.Json.Nodes;

namespace Keepage.Emulators.Salesforce.Storage;

/// <summary>
/// Saves every live record in the seed format (<c>{ "Contact": [ {"Id":…, fields…} ] }</c>) so a later run starts
/// from it. Atomic: a temporary file beside the target, then a rename over it.
/// </summary>
internal sealed class StateFile(string path)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public void Save(RecordStore store)
    {
        var root = new JsonObject();
        foreach (var definition in store.Catalog.Objects)
        {
            var records = store.Records(definition).Select(r => (JsonNode)ToSeed(r)).ToList();
            if (records.Count > 0)
                root[definition.Name] = new JsonArray([.. records]);
        }
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, root.ToJsonString(Indented));
        File.Move(temporary, path, overwrite: true);
    }

    private static JsonObject ToSeed(StoredRecord record)
    {
        var json = new JsonObject { ["Id"] = record.Id };
        foreach (var (field, value) in record.Values.Where(v => v.Value is not null && !string.Equals(v.Key, "Id", StringComparison.OrdinalIgnoreCase)))
            json[field] = value!.DeepClone();
        return json;
    }
}
