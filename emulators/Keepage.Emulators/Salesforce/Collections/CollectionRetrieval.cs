using System.Text.Json.Nodes;
using Keepage.Emulators.Salesforce.Http;
using Keepage.Emulators.Salesforce.Rest;

namespace Keepage.Emulators.Salesforce.Collections;

/// <summary><c>GET /composite/sobjects/{Object}?ids=a,b&amp;fields=X,Y</c>: the records in id order, <c>null</c> for one not found.</summary>
internal static class CollectionRetrieval
{
    public static RestResponse Retrieve(EmulatedOrg org, RestRequest request, string objectName)
    {
        var definition = org.Store.Catalog.Find(objectName) ?? throw RestError.NotFound();
        var fields = (request.Parameter("fields") ?? "Id").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (fields.FirstOrDefault(f => definition.Field(f) is null) is { } unknown)
            throw RestError.Of(400, "INVALID_FIELD", $"No such column '{unknown}' on sobject of type {definition.Name}", null);
        var renderer = new RecordRenderer(org.Store, request.ApiRoot);
        var ids = (request.Parameter("ids") ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (ids.Length > CollectionsResource.MaxRecords)
            throw RestError.Of(400, "EXCEEDED_ID_LIMIT", $"record limit reached. cannot submit more than {CollectionsResource.MaxRecords} records into this call", null);
        return RestResponse.Json(200, new JsonArray([.. ids.Select(id => org.Store.Find(id) is { IsDeleted: false } record && record.Definition == definition
            ? renderer.RenderAll(record, fields)
            : null)]));
    }
}
