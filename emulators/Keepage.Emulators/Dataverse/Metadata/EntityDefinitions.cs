using System.Text.Json.Nodes;
using Keepage.Emulators.Dataverse.Http;
using Keepage.Emulators.Dataverse.Query;
using Keepage.Emulators.Dataverse.Storage;

namespace Keepage.Emulators.Dataverse.Metadata;

/// <summary>
/// <c>GET EntityDefinitions</c> (with $select, $filter, $expand of Attributes and Keys), one table by
/// <c>(LogicalName='x')</c> or MetadataId, and its <c>/Attributes</c> or <c>/Keys</c> (wire spec A13). Metadata
/// is neither paged nor limited.
/// </summary>
internal static class EntityDefinitions
{
    public const string EntitySet = "EntityDefinitions";

    public static ApiResponse Execute(EmulatedOrganization org, ApiRequest request, ResourcePath path)
    {
        if (request.Method != "GET")
            throw ApiFault.MethodNotAllowed(request.Method);
        var query = MetadataQuery.Parse(request.Query);
        var root = $"{org.ApiRoot(request.Version)}$metadata#{EntitySet}";
        if (path.IsCollection)
        {
            var tables = org.Store.Catalog.Tables.OrderBy(t => t.LogicalName, StringComparer.Ordinal)
                .Where(t => query.Filter is null || FilterEvaluator.Matches(query.Filter, Filterable(t)));
            return Json(new JsonObject
            {
                ["@odata.context"] = root + query.ContextSelect(),
                ["value"] = new JsonArray([.. tables.Select(t => (JsonNode)EntityMetadata.Render(t, query))]),
            });
        }
        var table = Find(org, path);
        return path.Segment switch
        {
            null => Json(Entity($"{root}{query.ContextSelect()}/$entity", EntityMetadata.Render(table, query))),
            "Attributes" => Json(new JsonObject
            {
                ["@odata.context"] = $"{root}('{table.LogicalName}')/Attributes",
                ["value"] = EntityMetadata.Attributes(table, query.Select),
            }),
            "Keys" => Json(new JsonObject
            {
                ["@odata.context"] = $"{root}('{table.LogicalName}')/Keys",
                ["value"] = EntityMetadata.Keys(table, query.Select),
            }),
            _ => throw ApiFault.NotImplemented($"the metadata segment '{path.Segment}'"),
        };
    }

    private static ApiResponse Json(JsonObject body) => ApiResponse.Json(200, body);

    private static JsonObject Entity(string context, JsonObject metadata)
    {
        metadata.Insert(0, "@odata.context", context);
        return metadata;
    }

    private static TableDefinition Find(EmulatedOrganization org, ResourcePath path)
    {
        var name = path.Key is { } key && key.TryGetValue("LogicalName", out var literal) && literal.Value is string text ? text : null;
        var table = name is not null
            ? org.Store.Catalog.FindByLogicalName(name)
            : org.Store.Catalog.Tables.FirstOrDefault(t => path.Id is { } id && MetadataIds.For(t.LogicalName) == id.ToString());
        return table ?? throw NotFound(name ?? path.KeyText ?? "");
    }

    // The message Dataverse gives for a logical name it does not know; the code is the SDK's QueryBuilderNoEntity.
    private static ApiFault NotFound(string name) =>
        new(404, "0x80041102", $"The entity with a name = '{name}' with namemapping = 'Logical' was not found in the MetadataCache.");

    // $filter reuses the row evaluator over the table's scalar properties.
    private static StoredRow Filterable(TableDefinition table)
    {
        var row = new StoredRow(Guid.Empty, 0);
        foreach (var (name, value) in EntityMetadata.Properties(table).Where(p => p.Value is JsonValue))
            row.Columns[name] = value!.DeepClone();
        return row;
    }
}
