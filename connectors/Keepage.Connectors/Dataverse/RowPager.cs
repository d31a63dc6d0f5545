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

    public async Task<List<T>> ReadAllAsync<T>(string entitySet, ODataQuery query, Func<JsonElement, T> map, CancellationToken cancellationToken)
    {
        var prefer = $"odata.maxpagesize={maxPageSize},{Annotations}";
        var rows = new List<T>();
        using var first = await api.RetrieveMultipleAsync(entitySet, query.ToString(), prefer, cancellationToken);
        var nextLink = await ReadPageAsync(first, map, rows, cancellationToken);
        while (nextLink is not null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, Exact(nextLink));
            request.Headers.TryAddWithoutValidation("Prefer", prefer);
            using var response = await api.Client.SendAsync(request, cancellationToken);
            nextLink = await ReadPageAsync(response, map, rows, cancellationToken);
        }
        return rows;
    }

    // Without this, Uri would unescape parts of the opaque $skiptoken before sending it.
    private static Uri Exact(string link) =>
        new(link, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });

    private static async Task<string?> ReadPageAsync<T>(HttpResponseMessage response, Func<JsonElement, T> map, List<T> rows, CancellationToken cancellationToken)
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
        return page.RootElement.TryGetProperty("@odata.nextLink", out var next) ? next.GetString() : null;
    }
}
