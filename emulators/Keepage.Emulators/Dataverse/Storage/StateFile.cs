using System.Text.Json;
using System.Text.Json.Nodes;
using Keepage.Emulators.Dataverse.Http;

namespace Keepage.Emulators.Dataverse.Storage;

/// <summary>
/// Saves every table in the seed format (lookups written back as binds) so a later run can start from it.
/// Deleted rows go under <see cref="DeletedKey"/>, so delta links issued before a restart still report them.
/// The write is atomic: a temporary file beside the target, then a rename over it.
/// </summary>
internal sealed class StateFile(string path)
{
    private static readonly JsonSerializerOptions Indented = new(JsonOutput.Options) { WriteIndented = true };

    public const string DeletedKey = "$deletedEntities";

    public string Path { get; } = path;

    public void Save(EntityStore store)
    {
        var root = new JsonObject();
        foreach (var table in store.Catalog.Tables)
            root[table.EntitySetName] = new JsonArray([.. store.Rows(table).Select(row => ToRecord(store, row))]);
        if (store.Tombstones.Count > 0)
            root[DeletedKey] = new JsonArray([.. store.Tombstones.Select(ToRecord)]);
        var temporary = Path + ".tmp";
        File.WriteAllText(temporary, root.ToJsonString(Indented));
        File.Move(temporary, Path, overwrite: true);
    }

    private static JsonObject ToRecord(EntityStore store, StoredRow row)
    {
        var record = new JsonObject();
        foreach (var (column, value) in row.Columns.Where(c => !IsLookupValue(c.Key)))
            record[column] = value?.DeepClone();
        foreach (var lookup in row.Lookups.Values)
        {
            var target = store.Catalog.FindByLogicalName(lookup.TargetLogicalName)!;
            record[$"{lookup.Navigation}@odata.bind"] = $"/{target.EntitySetName}({lookup.Id})";
        }
        return record;
    }

    private static JsonObject ToRecord(Tombstone tombstone) => new()
    {
        ["logicalname"] = tombstone.LogicalName,
        ["id"] = tombstone.Id.ToString(),
        ["versionnumber"] = tombstone.Version,
    };

    public static Tombstone ReadTombstone(JsonNode? record) => new(
        record?["logicalname"]?.GetValue<string>() ?? throw new InvalidDataException("A deleted-row entry names no table."),
        Guid.Parse(record["id"]?.GetValue<string>() ?? ""),
        record["versionnumber"]?.GetValue<long>() ?? 0);

    private static bool IsLookupValue(string column) =>
        column.StartsWith('_') && column.EndsWith("_value", StringComparison.Ordinal);
}
