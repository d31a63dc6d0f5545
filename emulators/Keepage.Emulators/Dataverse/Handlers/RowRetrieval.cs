using Keepage.Emulators.Dataverse.Http;
using Keepage.Emulators.Dataverse.Query;
using Keepage.Emulators.Dataverse.Storage;

namespace Keepage.Emulators.Dataverse.Handlers;

/// <summary>GET one row by id or alternate key (wire spec A4), with 304 for an unchanged <c>If-None-Match</c> ETag.</summary>
internal static class RowRetrieval
{
    public static ApiResponse Execute(EmulatedOrganization org, TableDefinition table, ResourcePath path, ApiRequest request)
    {
        var options = QueryOptions.Parse(request.Query);
        var row = RowAddress.Find(org.Store, table, path) ?? throw RowAddress.NotFound(table, path);
        var prefer = request.Prefer;
        // A GET that asks for annotations never answers 304 (wire spec A4).
        if (request.Header("If-None-Match") == row.ETag && prefer.Annotations.Count == 0)
            return new ApiResponse(304, [new("ETag", row.ETag)], "");
        return Representation(org, table, row, options.Select, request, 200);
    }

    public static ApiResponse Representation(EmulatedOrganization org, TableDefinition table, StoredRow row, IReadOnlyList<string>? select, ApiRequest request, int status, bool withETag = true)
    {
        var body = RowRenderer.Render(org.Store, table, row, select, request.Prefer);
        body.Insert(0, "@odata.context", RowRenderer.Context(org.ApiRoot(request.Version), table, select, single: true));
        var response = ApiResponse.Json(status, body);
        response = withETag ? response.WithHeader("ETag", row.ETag) : response;
        return request.Prefer.Annotations.Count > 0
            ? response.WithHeader("Preference-Applied", $"odata.include-annotations=\"{string.Join(',', request.Prefer.Annotations)}\"")
            : response;
    }
}
