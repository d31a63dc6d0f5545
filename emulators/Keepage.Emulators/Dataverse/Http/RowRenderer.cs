using System.Text.Json.Nodes;
using Keepage.Emulators.Dataverse.Storage;

namespace Keepage.Emulators.Dataverse.Http;

/// <summary>
/// Writes a row as the Web API returns it: <c>@odata.etag</c> first, the selected columns (null when empty), the
/// primary key always, and for lookups the annotations <c>Prefer: odata.include-annotations</c> asks for
/// (fixture query/lookup-annotations.response.http).
/// </summary>
internal static class RowRenderer
{
    private const string FormattedValue = "OData.Community.Display.V1.FormattedValue";
    private const string Navigation = "Microsoft.Dynamics.CRM.associatednavigationproperty";
    private const string LogicalName = "Microsoft.Dynamics.CRM.lookuplogicalname";

    public static JsonObject Render(EntityStore store, TableDefinition table, StoredRow row, IReadOnlyList<string>? select, PreferHeader prefer)
    {
        var json = new JsonObject { ["@odata.etag"] = row.ETag };
        var columns = select ?? [.. row.Columns.Keys];
        foreach (var column in columns)
            AddColumn(json, store, row, column, prefer);
        if (!json.ContainsKey(table.PrimaryIdColumn))
            json[table.PrimaryIdColumn] = row.Id.ToString();
        return json;
    }

    public static string Context(string apiRoot, TableDefinition table, IReadOnlyList<string>? select, bool single) =>
        $"{apiRoot}$metadata#{table.EntitySetName}{(select is null ? "" : $"({string.Join(',', select)})")}{(single ? "/$entity" : "")}";

    private static void AddColumn(JsonObject json, EntityStore store, StoredRow row, string column, PreferHeader prefer)
    {
        if (json.ContainsKey(column))
            return;
        if (LookupOf(row, column) is { } lookup)
        {
            if (prefer.IncludesAnnotation(Navigation))
                json[$"{column}@{Navigation}"] = lookup.Navigation;
            if (prefer.IncludesAnnotation(LogicalName))
                json[$"{column}@{LogicalName}"] = lookup.TargetLogicalName;
            if (prefer.IncludesAnnotation(FormattedValue) && TargetName(store, lookup) is { } name)
                json[$"{column}@{FormattedValue}"] = name;
        }
        json[column] = row.Get(column)?.DeepClone();
    }

    private static LookupValue? LookupOf(StoredRow row, string column) =>
        column.Length > 7 && column.StartsWith('_') && column.EndsWith("_value", StringComparison.Ordinal)
            ? row.Lookups.GetValueOrDefault(column[1..^6])
            : null;

    private static string? TargetName(EntityStore store, LookupValue lookup) =>
        store.Catalog.FindByLogicalName(lookup.TargetLogicalName) is { } target && store.Find(target, lookup.Id) is { } row
            ? ColumnValue.AsString(row.Get(target.PrimaryNameColumn))
            : null;
}
