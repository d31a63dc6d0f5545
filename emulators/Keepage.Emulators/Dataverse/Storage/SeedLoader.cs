using System.Text.Json.Nodes;
using Keepage.Emulators.Dataverse.Http;

namespace Keepage.Emulators.Dataverse.Storage;

/// <summary>
/// Loads <c>{ "&lt;entitySetName&gt;": [ &lt;record as a Web API POST body&gt;, … ] }</c>: the seed file format,
/// which is also the state file's. Records may carry their primary id and system columns; lookups are binds.
/// </summary>
internal static class SeedLoader
{
    public static void Load(EntityStore store, RowWriter writer, string path)
    {
        var root = JsonNode.Parse(File.ReadAllText(path)) as JsonObject
            ?? throw new InvalidDataException($"Dataverse seed '{Path.GetFileName(path)}' must be a JSON object of entity sets.");
        var binds = new BindResolver(store, requireTargets: false);
        foreach (var (entitySet, records) in root)
        {
            if (entitySet == StateFile.DeletedKey)
            {
                foreach (var record in records?.AsArray() ?? [])
                    store.AddTombstone(StateFile.ReadTombstone(record));
                continue;
            }
            var table = store.Catalog.FindBySet(entitySet)
                ?? throw new InvalidDataException($"Dataverse seed names an unknown entity set '{entitySet}'.");
            foreach (var record in records?.AsArray() ?? [])
                Add(table, record as JsonObject ?? [], binds, writer);
        }
    }

    private static void Add(TableDefinition table, JsonObject record, BindResolver binds, RowWriter writer)
    {
        try
        {
            var changes = RowChanges.Parse(table, record, binds);
            var id = Guid.TryParse(ColumnValue.AsString(changes.Columns.GetValueOrDefault(table.PrimaryIdColumn)), out var given)
                ? given
                : Guid.NewGuid();
            writer.Create(table, id, changes, trusted: true);
        }
        catch (ApiFault fault)
        {
            throw new InvalidDataException($"Dataverse seed row in '{table.EntitySetName}' is invalid: {fault.Message}", fault);
        }
    }
}
