using System.Text.Json.Nodes;
using Keepage.Emulators.Dataverse.Http;
using Keepage.Emulators.Dataverse.Query;
using Keepage.Emulators.Dataverse.Storage;

namespace Keepage.Emulators.Dataverse.Handlers;

/// <summary>
/// PATCH by id or alternate key: update, or create when missing (upsert), with the conditional matrix of wire spec A6.
/// <c>If-None-Match: null</c> is the docs' anti-caching header and is no condition at all.
/// </summary>
internal static class RowUpsert
{
    public static ApiResponse Execute(EmulatedOrganization org, TableDefinition table, ResourcePath path, ApiRequest request)
    {
        var body = RequestBody.Object(request);
        var changes = RowChanges.Parse(table, body, new BindResolver(org.Store, requireTargets: true));
        var existing = RowAddress.Find(org.Store, table, path);
        var ifMatch = request.Header("If-Match");
        var insertOnly = request.Header("If-None-Match") == "*";
        var byKey = RowAddress.IdOf(table, path) is null;
        if (existing is not null)
        {
            if (insertOnly)
                throw ApiFault.AlreadyExists();
            if (ifMatch is not null && ifMatch != "*" && ifMatch != existing.ETag)
                throw ApiFault.VersionMismatch();
            org.Writer.Update(table, existing, changes, addressedByKey: byKey);
            return Respond(org, table, path, request, existing, created: false);
        }
        if (ifMatch is not null)
            throw RowAddress.NotFound(table, path);
        var created = org.Writer.Create(table, RowAddress.IdOf(table, path) ?? Guid.NewGuid(), WithUrlKey(table, path, changes));
        return Respond(org, table, path, request, created, created: true);
    }

    // When the row is created, key values in the body win over the URL's (wire spec A6).
    private static RowChanges WithUrlKey(TableDefinition table, ResourcePath path, RowChanges changes)
    {
        if (RowAddress.IdOf(table, path) is not null)
            return changes;
        var columns = new Dictionary<string, JsonNode?>(changes.Columns, StringComparer.Ordinal);
        foreach (var (column, value) in RowAddress.KeyColumns(table, path))
            columns.TryAdd(column, value);
        return changes with { Columns = columns };
    }

    private static ApiResponse Respond(EmulatedOrganization org, TableDefinition table, ResourcePath path, ApiRequest request, StoredRow row, bool created)
    {
        if (!request.Prefer.ReturnRepresentation)
            return ApiResponse.NoContent(new KeyValuePair<string, string>("OData-EntityId", EntityId(org, table, path, request, row)));
        var select = QueryOptions.Parse(request.Query).Select;
        var response = RowRetrieval.Representation(org, table, row, select, request, created ? 201 : 200);
        // The recorded update (200) carries no Preference-Applied; the recorded create (201) does.
        return created ? response.WithHeader("Preference-Applied", "return=representation") : response;
    }

    // Upserts by key answer in key form, e.g. …/example_records(example_key1=2,example_key2=2) (wire spec A6).
    private static string EntityId(EmulatedOrganization org, TableDefinition table, ResourcePath path, ApiRequest request, StoredRow row) =>
        RowAddress.IdOf(table, path) is null
            ? $"{org.ApiRoot(request.Version)}{table.EntitySetName}({HeaderText.Escape(path.KeyText!)})"
            : org.EntityUrl(request.Version, table, row);
}
