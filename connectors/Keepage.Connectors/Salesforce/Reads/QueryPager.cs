using Keepage.Connectors.Salesforce.Soql;

namespace Keepage.Connectors.Salesforce.Reads;

/// <summary>Reads every row of a query, following <c>nextRecordsUrl</c> until <c>done</c>, with the configured batch size.</summary>
internal sealed class QueryPager(ISalesforceApi api, int batchSize)
{
    public async Task<List<T>> ReadAllAsync<T>(SoqlQuery query, Func<System.Text.Json.JsonElement, T> map, CancellationToken cancellationToken)
    {
        var options = $"batchSize={batchSize}";
        var rows = new List<T>();
        using var first = await api.QueryAsync(query.ToString(), options, cancellationToken);
        var page = await ReadPageAsync(first, cancellationToken);
        rows.AddRange(page.Records.Select(map));
        while (!page.Done && page.NextRecordsUrl is { } next)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(next, UriKind.Relative));
            request.Headers.TryAddWithoutValidation("Sforce-Query-Options", options);
            using var response = await api.Client.SendAsync(request, cancellationToken);
            page = await ReadPageAsync(response, cancellationToken);
            rows.AddRange(page.Records.Select(map));
        }
        return rows;
    }

    private static async Task<QueryPage> ReadPageAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.IsSuccessStatusCode)
            return QueryPage.Parse(body);
        var error = SalesforceError.First(body);
        // The message of INVALID_FIELD echoes the query, which holds only API names and Keepage's own keys.
        throw new SalesforceException(response.StatusCode, error?.Code, $"Salesforce query failed: {(int)response.StatusCode} {error?.Code}: {error?.Message}");
    }
}
