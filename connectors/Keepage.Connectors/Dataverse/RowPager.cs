using System.Text.Json;

namespace Keepage.Connectors.Dataverse;

/// <summary>
/// Reads every row of an entity set page by page. Each <c>@odata.nextLink</c> is requested exactly as returned,
/// never re-encoded, with the same <c>odata.maxpagesize</c> (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/page-results).
/// </summary>
internal sealed class RowPager(IDataverseApi api, int maxPageSize)
{
    // lookuplogicalname tells which table a polymorphic lookup (regarding, parent customer) points at.
    private const string Annotations = "odata.include-annotations=\"Microsoft.Dynamics.CRM.lookuplogicalname\"";

    public Task<List<T>> ReadAllAsync<T>(string entitySet, string select, Func<JsonElement, T> map, CancellationToken cancellationToken) =>
        ReadAllAsync(entitySet, new ODataQuery { Select = select }, map, cancellationToken);

    private string Prefer => $"odata.maxpagesize={maxPageSize},{Annotations}";

    public async Task<List<T>> ReadAllAsync<T>(string entitySet, ODataQuery query, Func<JsonElement, T> map, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        using var first = await api.RetrieveMultipleAsync(entitySet, query.ToString(), Prefer, cancellationToken);
        var nextLink = await ReadPageAsync(first, map, rows, cancellationToken);
        while (nextLink is not null)
        {
            using var response = await GetAsync(nextLink, Prefer, cancellationToken);
            nextLink = await ReadPageAsync(response, map, rows, cancellationToken);
        }
        return rows;
    }

    /// <summary>
    /// A change-tracked read (wire spec A9): with no <paramref name="deltaLink"/>, every row with
    /// <c>Prefer: odata.track-changes</c>; with one, the rows changed and deleted since. The new delta link comes on
    /// the last page (https://learn.microsoft.com/power-apps/developer/data-platform/use-change-tracking-synchronize-data-external-systems).
    /// </summary>
    public async Task<TrackedRows> ReadTrackedAsync(string entitySet, ODataQuery query, string? deltaLink, CancellationToken cancellationToken)
    {
        var entries = new List<JsonElement>();
        var links = new PageLinks();
        // The delta link carries the tracking itself; only the initial read asks for it.
        var prefer = deltaLink is null ? $"odata.track-changes,{Prefer}" : Prefer;
        var response = deltaLink is null
            ? await api.RetrieveMultipleAsync(entitySet, query.ToString(), prefer, cancellationToken)
            : await GetAsync(deltaLink, prefer, cancellationToken);
        while (true)
        {
            string? nextLink;
            using (response)
                nextLink = await ReadPageAsync(response, row => row.Clone(), entries, cancellationToken, links);
            if (nextLink is null)
                return TrackedRows.From(entries, links.DeltaLink);
            response = await GetAsync(nextLink, prefer, cancellationToken);
        }
    }

    private async Task<HttpResponseMessage> GetAsync(string link, string prefer, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Exact(link));
        request.Headers.TryAddWithoutValidation("Prefer", prefer);
        return await api.Client.SendAsync(request, cancellationToken);
    }

    // Without this, Uri would unescape parts of the opaque $skiptoken before sending it.
    private static Uri Exact(string link) =>
        new(link, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });

    private static async Task<string?> ReadPageAsync<T>(
        HttpResponseMessage response, Func<JsonElement, T> map, List<T> rows, CancellationToken cancellationToken, PageLinks? links = null)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var (code, message) = WriteOutcomes.Error(body);
            throw new DataverseException(response.StatusCode, code, $"Dataverse query failed: {(int)response.StatusCode} {code}: {message}");
        }
        using var page = JsonDocument.Parse(body);
        foreach (var row in page.RootElement.GetProperty("value").EnumerateArray())
            rows.Add(map(row));
        if (links is not null && page.RootElement.TryGetProperty("@odata.deltaLink", out var delta))
            links.DeltaLink = delta.GetString();
        return page.RootElement.TryGetProperty("@odata.nextLink", out var next) ? next.GetString() : null;
    }

    private sealed class PageLinks
    {
        public string? DeltaLink { get; set; }
    }
}
