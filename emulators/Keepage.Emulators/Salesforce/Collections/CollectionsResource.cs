using System.Text.Json.Nodes;
using Keepage.Emulators.Salesforce.Http;
using Keepage.Emulators.Salesforce.Rest;
using Keepage.Emulators.Salesforce.Storage;

namespace Keepage.Emulators.Salesforce.Collections;

/// <summary>
/// sObject Collections, <c>/composite/sobjects</c> (wire spec B6): create (POST), update (PATCH), upsert
/// (PATCH <c>/{Object}/{ExtIdField}</c>), delete (DELETE <c>?ids=</c>) and retrieve (GET <c>/{Object}?ids=&amp;fields=</c>).
/// At most 200 records; 200 with one result per record in order, even when some fail.
/// </summary>
internal sealed class CollectionsResource(EmulatedOrg org, RecordOperations operations)
{
    public const int MaxRecords = 200;

    public RestResponse Handle(RestRequest request, IReadOnlyList<string> rest) => (request.Method, rest.Count) switch
    {
        ("POST", 0) => Save(request, null, (definition, record) => (operations.Insert(definition, record), null)),
        ("PATCH", 0) => Save(request, null, (definition, record) =>
            (operations.Update(definition, WireFormat.Text(record["id"] ?? record["Id"]) ?? "", WithoutId(record)), null)),
        ("PATCH", 2) => Upsert(request, rest[0], rest[1]),
        ("DELETE", 0) => Delete(request),
        ("GET", 1) => CollectionRetrieval.Retrieve(org, request, rest[0]),
        _ => throw SObjectResource.MethodNotAllowed(request.Method),
    };

    private RestResponse Upsert(RestRequest request, string objectName, string field)
    {
        var definition = org.Store.Catalog.Find(objectName) ?? throw RestError.Of(404, "NOT_FOUND", $"The requested resource does not exist", null);
        return Save(request, definition, (_, record) =>
        {
            var value = WireFormat.Text(record[field]) ?? throw RestError.Of(400, "MISSING_ARGUMENT", $"{field} not specified", [field]);
            var (saved, created) = operations.Upsert(definition, field, value, record);
            return (saved, created);
        });
    }

    private RestResponse Delete(RestRequest request)
    {
        var ids = (request.Parameter("ids") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var allOrNone = string.Equals(request.Parameter("allOrNone"), "true", StringComparison.OrdinalIgnoreCase);
        var items = ids.Select(id => new JsonObject { ["id"] = id }).ToList();
        return Run(items, allOrNone, record =>
        {
            var id = WireFormat.Text(record["id"])!;
            return (operations.Delete(null, id), null);
        });
    }

    private RestResponse Save(RestRequest request, ObjectDefinition? uriObject, Func<ObjectDefinition, JsonObject, (StoredRecord, bool?)> write)
    {
        var body = SObjectResource.Body(request);
        var records = body["records"] as JsonArray ?? throw RestError.Of(400, "JSON_PARSER_ERROR", "The request body has no records array.", null);
        return Run([.. records.Select(r => r as JsonObject ?? [])], body["allOrNone"]?.GetValue<bool>() == true, record =>
        {
            var type = WireFormat.Text(record["attributes"]?["type"]);
            var definition = type is null ? null : org.Store.Catalog.Find(type);
            if (definition is null || uriObject is not null && definition != uriObject)
                throw RestError.Of(400, "INVALID_TYPE", type is null ? "Must specify a type in attributes" : $"sObject type '{type}' is not supported.", null);
            return write(definition, record);
        });
    }

    private RestResponse Run(List<JsonObject> records, bool allOrNone, Func<JsonObject, (StoredRecord Record, bool? Created)> write)
    {
        if (records.Count > MaxRecords)
            throw RestError.Of(400, "EXCEEDED_ID_LIMIT", $"record limit reached. cannot submit more than {MaxRecords} records into this call", null);
        if (allOrNone)
            org.Store.BeginUndo();
        var results = records.Select(record => Item(record, write)).ToList();
        var failed = results.Any(r => r["success"]?.GetValue<bool>() != true);
        if (allOrNone)
            org.Store.EndUndo(rollback: failed);
        if (allOrNone && failed)
            results = [.. results.Select(r => r["success"]?.GetValue<bool>() == true ? RolledBack() : r)];
        return RestResponse.Json(200, new JsonArray([.. results]));
    }

    private static JsonObject Item(JsonObject record, Func<JsonObject, (StoredRecord Record, bool? Created)> write)
    {
        try
        {
            var (saved, created) = write(record);
            var result = SaveResults.Success(saved.Id);
            if (created is { } flag)
                result["created"] = flag;
            return result;
        }
        catch (RestError error)
        {
            return SaveResults.Failure(error.Errors);
        }
    }

    private static JsonObject RolledBack() => SaveResults.Failure([new ErrorItem(
        "Record rolled back because not all records were valid and the request was using AllOrNone header", "ALL_OR_NONE_OPERATION_ROLLED_BACK", [])]);

    private static JsonObject WithoutId(JsonObject record)
    {
        var copy = record.DeepClone().AsObject();
        copy.Remove("id");
        copy.Remove("Id");
        return copy;
    }
}
