using System.Text.Json.Nodes;
using Keepage.Emulators.Dataverse.Http;

namespace Keepage.Emulators.Dataverse.Storage;

/// <summary>
/// Applies changes to rows and keeps the system columns Dataverse maintains: the primary id, createdon, modifiedon,
/// versionnumber (the ETag), statecode/statuscode and, for contacts and users, fullname.
/// </summary>
internal sealed class RowWriter(EntityStore store, TimeProvider clock)
{
    private static readonly HashSet<string> SystemColumns = ["createdon", "modifiedon", "versionnumber"];

    /// <summary>Creates a row. With <paramref name="trusted"/> (seed and state files) system columns are kept as given.</summary>
    public StoredRow Create(TableDefinition table, Guid id, RowChanges changes, bool trusted = false)
    {
        CheckUniqueKey(table, changes.Columns, except: null);
        var row = store.NewRow(id);
        row.Columns[table.PrimaryIdColumn] = JsonValue.Create(id.ToString());
        Apply(table, row, changes, ignored: trusted ? [] : SystemColumns);
        var now = ColumnValue.Timestamp(clock.GetUtcNow());
        row.Columns.TryAdd("createdon", now);
        row.Columns.TryAdd("modifiedon", now.DeepClone());
        row.Columns.TryAdd("statecode", ColumnValue.Number(0));
        row.Columns.TryAdd("statuscode", ColumnValue.Number(1));
        if (table.IsActivity)
            row.Columns["activitytypecode"] = JsonValue.Create(table.LogicalName);
        if (!row.Columns.ContainsKey("versionnumber"))
            row.Columns["versionnumber"] = ColumnValue.Number(store.NextVersion());
        store.Put(table, row);
        return row;
    }

    /// <summary>Updates a row in place. Key columns are ignored when the row was addressed by its key (wire spec A6).</summary>
    public void Update(TableDefinition table, StoredRow row, RowChanges changes, bool addressedByKey)
    {
        HashSet<string> ignored = [.. SystemColumns, table.PrimaryIdColumn, .. addressedByKey ? table.AlternateKeyColumns : []];
        CheckUniqueKey(table, changes.Columns.Where(c => !ignored.Contains(c.Key)).ToDictionary(), except: row);
        Apply(table, row, changes, ignored);
        row.Columns["modifiedon"] = ColumnValue.Timestamp(clock.GetUtcNow());
        row.Columns["versionnumber"] = ColumnValue.Number(store.NextVersion());
        store.Put(table, row);
    }

    private static void Apply(TableDefinition table, StoredRow row, RowChanges changes, HashSet<string> ignored)
    {
        foreach (var (name, value) in changes.Columns.Where(c => !ignored.Contains(c.Key)))
            row.Columns[name] = value?.DeepClone();
        foreach (var (name, lookup) in changes.Lookups)
        {
            row.Columns[$"_{name}_value"] = lookup is null ? null : JsonValue.Create(lookup.Id.ToString());
            if (lookup is null)
                row.Lookups.Remove(name);
            else
                row.Lookups[name] = lookup;
        }
        if (table.PrimaryNameColumn == "fullname" && (changes.Columns.ContainsKey("firstname") || changes.Columns.ContainsKey("lastname")))
            row.Columns["fullname"] = JsonValue.Create(FullName(row));
    }

    private static string FullName(StoredRow row) => string.Join(' ',
        new[] { ColumnValue.AsString(row.Get("firstname")), ColumnValue.AsString(row.Get("lastname")) }.Where(p => !string.IsNullOrEmpty(p)));

    private void CheckUniqueKey(TableDefinition table, IReadOnlyDictionary<string, JsonNode?> columns, StoredRow? except)
    {
        if (!table.HasAlternateKey || !table.AlternateKeyColumns.Any(columns.ContainsKey))
            return;
        var key = table.AlternateKeyColumns.ToDictionary(c => c, c => columns.TryGetValue(c, out var v) ? v : except?.Get(c));
        if (key.Values.Any(v => v is null))
            return;
        if (store.FindByKey(table, key) is { } existing && existing != except)
            throw ApiFault.DuplicateKey(string.Join(',', table.AlternateKeyColumns));
    }
}
