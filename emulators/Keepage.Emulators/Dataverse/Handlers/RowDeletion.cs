using Keepage.Emulators.Dataverse.Http;
using Keepage.Emulators.Dataverse.Storage;

namespace Keepage.Emulators.Dataverse.Handlers;

/// <summary>DELETE one row: 204, 404 when missing, 412 when an <c>If-Match</c> ETag no longer matches (wire spec A6).</summary>
internal static class RowDeletion
{
    public static ApiResponse Execute(EmulatedOrganization org, TableDefinition table, ResourcePath path, ApiRequest request)
    {
        var row = RowAddress.Find(org.Store, table, path) ?? throw RowAddress.NotFound(table, path);
        var ifMatch = request.Header("If-Match");
        if (ifMatch is not null && ifMatch != "*" && ifMatch != row.ETag)
            throw ApiFault.VersionMismatch();
        org.Store.Remove(table, row.Id);
        return ApiResponse.NoContent();
    }
}
