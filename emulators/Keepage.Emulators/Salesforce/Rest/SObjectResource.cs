using System.Text.Json;
using System.Text.Json.Nodes;
using Keepage.Emulators.Salesforce.Http;
using Keepage.Emulators.Salesforce.Storage;

namespace Keepage.Emulators.Salesforce.Rest;

/// <summary>
/// <c>/sobjects/{Object}[/{id}]</c> CRUD (wire spec B4) and <c>/sobjects/{Object}/{ExtIdField}/{value}</c> upsert
/// (B5): 201 + Location on create, 204 on update and delete, 201/200 with <c>created</c> (204 before v46) on upsert.
/// </summary>
internal sealed class SObjectResource(EmulatedOrg org, RecordOperations operations)
{
    public RestResponse Create(RestRequest request, ObjectDefinition definition)
    {
        var record = operations.Insert(definition, Body(request));
        var renderer = new RecordRenderer(org.Store, request.ApiRoot);
        return RestResponse.Json(201, SaveResults.Success(record.Id), new KeyValuePair<string, string>("Location", renderer.Url(record)));
    }

    public RestResponse Record(RestRequest request, ObjectDefinition definition, string id)
    {
        switch (request.Method)
        {
            case "GET":
                var record = operations.Existing(definition, id);
                var fields = request.Parameter("fields")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                if (fields?.FirstOrDefault(f => definition.Field(f) is null) is { } unknown)
                    throw RestError.Of(400, "INVALID_FIELD", $"No such column '{unknown}' on sobject of type {definition.Name}", null);
                return RestResponse.Json(200, new RecordRenderer(org.Store, request.ApiRoot).RenderAll(record, fields));
            case "PATCH":
                operations.Update(definition, id, Body(request));
                return RestResponse.NoContent();
            case "DELETE":
                operations.Delete(definition, id);
                return RestResponse.NoContent();
            default:
                throw MethodNotAllowed(request.Method);
        }
    }

    public RestResponse ByExternalId(RestRequest request, ObjectDefinition definition, string field, string value)
    {
        if (request.Method == "GET")
        {
            var matches = org.Store.FindByExternalId(definition, field, value);
            return matches.Count == 1
                ? RestResponse.Json(200, new RecordRenderer(org.Store, request.ApiRoot).RenderAll(matches[0]))
                : throw RestError.NotFound();
        }
        if (request.Method != "PATCH")
            throw MethodNotAllowed(request.Method);
        var updateOnly = string.Equals(request.Parameter("updateOnly"), "true", StringComparison.OrdinalIgnoreCase);
        var (record, created) = operations.Upsert(definition, field, value, Body(request), updateOnly);
        if (!created && request.VersionNumber < 46)
            return RestResponse.NoContent();
        var body = SaveResults.Success(record.Id);
        body["created"] = created;
        return created
            ? RestResponse.Json(201, body, new KeyValuePair<string, string>("Location", new RecordRenderer(org.Store, request.ApiRoot).Url(record)))
            : RestResponse.Json(200, body);
    }

    public static RestError MethodNotAllowed(string method) =>
        RestError.Of(405, "METHOD_NOT_ALLOWED", $"HTTP Method '{method}' not allowed. Allowed are GET,PATCH,DELETE", null);

    public static JsonObject Body(RestRequest request)
    {
        try
        {
            return JsonNode.Parse(request.Body) as JsonObject
                ?? throw RestError.Of(400, "JSON_PARSER_ERROR", "The request body must be a JSON object.", null);
        }
        catch (JsonException error)
        {
            throw RestError.Of(400, "JSON_PARSER_ERROR", $"Unexpected character in the request body: {error.Message}", null);
        }
    }
}
