using Keepage.Emulators.Dataverse.Http;
using Keepage.Emulators.Dataverse.Query;
using Keepage.Emulators.Dataverse.Storage;

namespace Keepage.Emulators.Dataverse.Handlers;

/// <summary>
/// POST to an entity set (wire spec A5): 204 with <c>OData-EntityId</c>, or with <c>Prefer: return=representation</c>
/// 201 with the row and <c>Preference-Applied</c> but no <c>OData-EntityId</c>.
/// </summary>
internal static class RowCreation
{
    public static ApiResponse Execute(EmulatedOrganization org, TableDefinition table, ApiRequest request)
    {
        var body = RequestBody.Object(request);
        var changes = RowChanges.Parse(table, body, new BindResolver(org.Store, requireTargets: true));
        var id = changes.Columns.TryGetValue(table.PrimaryIdColumn, out var given) && Guid.TryParse(ColumnValue.AsString(given), out var chosen)
            ? chosen
            : Guid.NewGuid();
        if (org.Store.Find(table, id) is not null)
            throw new ApiFault(412, "0x80040237", "Cannot insert duplicate key.");
        var row = org.Writer.Create(table, id, changes);
        if (!request.Prefer.ReturnRepresentation)
            return ApiResponse.NoContent(new KeyValuePair<string, string>("OData-EntityId", org.EntityUrl(request.Version, table, row)));
        var select = QueryOptions.Parse(request.Query).Select;
        return RowRetrieval.Representation(org, table, row, select, request, 201, withETag: false)
            .WithHeader("Preference-Applied", "return=representation");
    }
}
