using System.Text.Json.Nodes;
using Keepage.Emulators.Dataverse.Http;
using Keepage.Emulators.Dataverse.Query;
using Keepage.Emulators.Dataverse.Storage;

namespace Keepage.Emulators.Dataverse.Handlers;

/// <summary>
/// Change tracking (wire spec A9, fixtures changetracking/*): <c>Prefer: odata.track-changes</c> puts a delta link
/// on the last page; GET of that link answers the rows created or changed since, then <c>$deletedEntity</c> entries
/// for rows deleted since, then a new delta link.
/// </summary>
internal static class ChangeTracking
{
    private static readonly string[] Unsupported = ["$filter", "$orderby", "$expand", "$top"];

    /// <summary>Refuses the query options Dataverse does not allow with track-changes.</summary>
    public static void CheckTrackedQuery(ApiRequest request)
    {
        var option = QueryString.Parse(request.Query).Select(p => p.Name).FirstOrDefault(Unsupported.Contains);
        // The spec quotes the message; the code is not recorded, so the generic invalid-argument code stands in.
        if (option is not null)
            throw ApiFault.InvalidArgument($"The \"{option}\" query parameter isn't supported when Change Tracking is enabled.");
    }

    public static string DeltaLink(EmulatedOrganization org, ApiRequest request, QueryOptions options)
    {
        var token = new ChangeToken(org.Store.CurrentVersion, org.Clock.GetUtcNow()).Encoded();
        var query = options.RawWithoutSkipToken.Length == 0 ? "" : options.RawWithoutSkipToken + "&";
        return $"{org.ApiRoot(request.Version)}{request.Resource}?{query}$deltatoken={token}";
    }

    public static ApiResponse Changes(EmulatedOrganization org, TableDefinition table, ApiRequest request, QueryOptions options)
    {
        var since = Since(org, options.DeltaToken!);
        var root = org.ApiRoot(request.Version);
        var changed = org.Store.Rows(table).Where(row => row.Version > since.Version).OrderBy(row => row.Version).ToList();
        var present = changed.Select(row => row.Id).ToHashSet();
        var deleted = org.Store.Tombstones
            .Where(t => t.LogicalName == table.LogicalName && t.Version > since.Version && org.Store.Find(table, t.Id) is null)
            .Select(t => t.Id).Where(present.Add).ToList();
        var body = new JsonObject
        {
            ["@odata.context"] = RowRenderer.Context(root, table, options.Select, single: false) + "/$delta",
            ["@odata.deltaLink"] = DeltaLink(org, request, options),
            ["value"] = new JsonArray(
            [
                .. changed.Select(row => (JsonNode)RowRenderer.Render(org.Store, table, row, options.Select, request.Prefer)),
                .. deleted.Select(id => (JsonNode)new JsonObject
                {
                    ["@odata.context"] = $"{root}$metadata#{table.EntitySetName}/$deletedEntity",
                    ["id"] = id.ToString(),
                    ["reason"] = "deleted",
                }),
            ]),
        };
        return ApiResponse.Json(200, body, ApiResponse.CollectionContentType);
    }

    // An expired, foreign or garbled token: Dataverse's ExpiredVersionStamp (0x80044352, "Please perform a full
    // sync"), the fault RetrieveEntityChanges raises for a stale data version. The Web API maps SDK faults to 400.
    // https://learn.microsoft.com/power-apps/developer/data-platform/use-change-tracking-synchronize-data-external-systems
    private static ChangeToken Since(EmulatedOrganization org, string text)
    {
        var token = ChangeToken.TryParse(text);
        if (token is null || token.Version > org.Store.CurrentVersion || org.Clock.GetUtcNow() - token.IssuedAt > org.ChangeTrackingExpiry)
            throw new ApiFault(400, "0x80044352", "Version stamp associated with the client has expired. Please perform a full sync.");
        return token;
    }
}
