using Keepage.Emulators.Dataverse.Http;

namespace Keepage.Emulators.Dataverse.Storage;

/// <summary>
/// Turns <c>nav@odata.bind</c> values (<c>/accounts(guid)</c>, <c>accounts(guid)</c>, absolute, or by alternate key)
/// into lookups. Polymorphic navigation names follow <c>&lt;lookup&gt;_&lt;target&gt;</c> and, for regarding,
/// <c>regardingobjectid_&lt;target&gt;_&lt;activity&gt;</c> (wire spec A7).
/// </summary>
internal sealed class BindResolver(EntityStore store, bool requireTargets)
{
    public (string Name, LookupValue Value) Resolve(TableDefinition table, string navigation, string reference)
    {
        var path = ResourcePath.Parse(RelativeResource(reference));
        var target = store.Catalog.FindBySet(path.EntitySet) ?? throw ApiFault.ResourceNotFound(path.EntitySet);
        if (path.IsCollection || path.Segment is not null)
            throw ApiFault.InvalidArgument($"The bind reference for '{navigation}' must address one row.");
        var id = path.Id ?? RowAddress.FindByKey(store, target, path)?.Id ?? throw ApiFault.NotFoundByKey(target.LogicalName);
        if (requireTargets && store.Find(target, id) is null)
            throw ApiFault.NotFoundById(target.LogicalName, id);
        return (LookupName(table, navigation, target.LogicalName), new LookupValue(id, target.LogicalName, navigation));
    }

    /// <summary>A null bind names no target row, so the target table is read from the navigation name.</summary>
    public string LookupNameOfCleared(TableDefinition table, string navigation)
    {
        var target = store.Catalog.Tables.FirstOrDefault(t =>
            navigation.EndsWith($"_{t.LogicalName}_{table.LogicalName}", StringComparison.Ordinal)
            || navigation.EndsWith($"_{t.LogicalName}", StringComparison.Ordinal));
        return LookupName(table, navigation, target?.LogicalName);
    }

    public static string LookupName(TableDefinition table, string navigation, string? targetLogicalName)
    {
        var activitySuffix = $"_{targetLogicalName}_{table.LogicalName}";
        if (targetLogicalName is not null && navigation.EndsWith(activitySuffix, StringComparison.Ordinal))
            return navigation[..^activitySuffix.Length];
        var lookup = targetLogicalName is not null && navigation.EndsWith($"_{targetLogicalName}", StringComparison.Ordinal)
            ? navigation[..^(targetLogicalName.Length + 1)]
            : navigation;
        // The bare regardingobjectid_<target> seen in some code is not a declared navigation property.
        return table.IsActivity && lookup == "regardingobjectid" ? throw ApiFault.UndeclaredProperty(navigation) : lookup;
    }

    private static string RelativeResource(string reference)
    {
        var text = Uri.UnescapeDataString(reference);
        var api = text.IndexOf("/api/data/v", StringComparison.OrdinalIgnoreCase);
        if (api >= 0)
        {
            var afterVersion = text.IndexOf('/', api + "/api/data/v".Length);
            text = afterVersion < 0 ? "" : text[(afterVersion + 1)..];
        }
        return text.TrimStart('/');
    }
}
