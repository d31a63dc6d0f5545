using System.Globalization;
using System.Text.Json.Nodes;
using Keepage.Emulators.Dataverse.Http;
using Keepage.Emulators.Dataverse.Query;
using Keepage.Emulators.Dataverse.Storage;

namespace Keepage.Emulators.Dataverse.Handlers;

/// <summary>
/// GET on an entity set: $filter, $orderby, $select, $top, $count and paging by <c>Prefer: odata.maxpagesize</c>
/// with an opaque <c>@odata.nextLink</c> (wire spec A3, fixture query/maxpagesize-nextlink.response.http), and
/// change tracking through <see cref="ChangeTracking"/>.
/// </summary>
internal static class CollectionQuery
{
    private const int CountLimit = 5000;

    public static ApiResponse Execute(EmulatedOrganization org, TableDefinition table, ApiRequest request, IEnumerable<StoredRow>? scope = null)
    {
        var prefer = request.Prefer;
        var tracked = prefer.TrackChanges && scope is null;
        if (tracked)
            ChangeTracking.CheckTrackedQuery(request);
        var options = QueryOptions.Parse(request.Query);
        if (options.DeltaToken is not null && scope is null)
            return ChangeTracking.Changes(org, table, request, options);
        var matching = (scope ?? org.Store.Rows(table)).Where(row => options.Filter is null || FilterEvaluator.Matches(options.Filter, row));
        var rows = OrderByClause.Sort(matching, options.OrderBy).ToList();
        var (pageSize, applied) = PageSize(org, options, prefer);
        var start = options.SkipToken is null ? 0 : StartAfter(rows, options.SkipToken);
        var page = rows.Skip(start).Take(options.Top ?? pageSize).ToList();

        var body = new JsonObject { ["@odata.context"] = RowRenderer.Context(org.ApiRoot(request.Version), table, options.Select, single: false) };
        if (options.Count)
            body["@odata.count"] = Math.Min(rows.Count, CountLimit);
        var lastPage = options.Top is not null || start + page.Count >= rows.Count;
        if (tracked && lastPage)
            body["@odata.deltaLink"] = ChangeTracking.DeltaLink(org, request, options);
        body["value"] = new JsonArray([.. page.Select(row => RowRenderer.Render(org.Store, table, row, options.Select, prefer))]);
        if (!lastPage)
            body["@odata.nextLink"] = NextLink(org, table, request, options, page, start / Math.Max(pageSize, 1) + 2);

        var response = ApiResponse.Json(200, body, ApiResponse.CollectionContentType);
        var preferences = new List<string>();
        if (tracked)
            preferences.Add("odata.track-changes");
        if (applied)
            preferences.Add($"odata.maxpagesize={pageSize}");
        if (prefer.Annotations.Count > 0)
            preferences.Add($"odata.include-annotations=\"{string.Join(',', prefer.Annotations)}\"");
        return preferences.Count > 0 ? response.WithHeader("Preference-Applied", string.Join(',', preferences)) : response;
    }

    // $top stops the page-size preference being applied; the server never pages above its own maximum.
    private static (int Size, bool Applied) PageSize(EmulatedOrganization org, QueryOptions options, PreferHeader prefer) =>
        options.Top is null && prefer.MaxPageSize is { } wanted && wanted <= org.MaxPageSize
            ? (wanted, true)
            : (org.MaxPageSize, false);

    private static int StartAfter(List<StoredRow> rows, string skipToken)
    {
        if (!PagingCookie.TryRead(skipToken, out _, out var last))
            throw ApiFault.InvalidArgument("The $skiptoken is not valid.");
        var index = rows.FindIndex(row => row.Id == last);
        return index >= 0 ? index + 1 : throw ApiFault.InvalidArgument("The $skiptoken is not valid.");
    }

    private static string NextLink(EmulatedOrganization org, TableDefinition table, ApiRequest request, QueryOptions options, List<StoredRow> page, int nextPage)
    {
        var cookie = PagingCookie.Create(nextPage, table.PrimaryIdColumn, page[0].Id, page[^1].Id);
        var query = options.RawWithoutSkipToken.Length == 0 ? "" : options.RawWithoutSkipToken + "&";
        return string.Create(CultureInfo.InvariantCulture, $"{org.ApiRoot(request.Version)}{request.Resource}?{query}$skiptoken={cookie}");
    }
}
