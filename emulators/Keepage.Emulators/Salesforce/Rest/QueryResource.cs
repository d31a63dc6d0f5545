using System.Globalization;
using System.Text.Json.Nodes;
using Keepage.Emulators.Salesforce.Http;
using Keepage.Emulators.Salesforce.Soql;

namespace Keepage.Emulators.Salesforce.Rest;

/// <summary>
/// <c>GET /query?q=</c>, <c>/queryAll?q=</c> and <c>/query/&lt;locator&gt;-&lt;offset&gt;</c> (wire spec B3): totalSize on
/// every page, <c>nextRecordsUrl</c> only while more remain, page size from <c>Sforce-Query-Options: batchSize=N</c>.
/// </summary>
internal sealed class QueryResource(EmulatedOrg org, QueryLocators locators)
{
    public RestResponse Query(RestRequest request, bool includeDeleted)
    {
        var soql = request.Parameter("q") ?? throw SoqlError.Malformed("unexpected end of query");
        var (_, fields, records) = new SoqlEngine(org.Store).Run(soql, org.Clock.GetUtcNow(), includeDeleted);
        var renderer = new RecordRenderer(org.Store, request.ApiRoot);
        var rows = records.Select(r => renderer.Render(r, fields)).ToList();
        var batch = BatchSize(request);
        var locator = rows.Count > batch ? locators.Add(rows) : null;
        return Page(request, rows, locator, 0, batch);
    }

    public RestResponse More(RestRequest request, string cursor)
    {
        var dash = cursor.LastIndexOf('-');
        var rows = dash > 0 ? locators.Find(cursor[..dash]) : null;
        if (rows is null || !int.TryParse(cursor[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            throw RestError.Of(400, "INVALID_QUERY_LOCATOR", "invalid query locator", null);
        return Page(request, rows, cursor[..dash], offset, BatchSize(request));
    }

    private static RestResponse Page(RestRequest request, List<JsonObject> rows, string? locator, int offset, int batch)
    {
        var end = Math.Min(rows.Count, offset + batch);
        var body = new JsonObject { ["totalSize"] = rows.Count, ["done"] = end >= rows.Count };
        if (end < rows.Count)
            body["nextRecordsUrl"] = $"{request.ApiRoot}/query/{locator}-{end}";
        body["records"] = new JsonArray([.. rows.Skip(offset).Take(end - offset).Select(r => r.DeepClone())]);
        return RestResponse.Json(200, body);
    }

    // batchSize is a hint between 200 and 2000 (wire spec B3); the emulator's own default may be smaller for tests.
    private int BatchSize(RestRequest request)
    {
        var header = request.Header("Sforce-Query-Options") ?? "";
        var setting = header.Split(',', StringSplitOptions.TrimEntries).FirstOrDefault(p => p.StartsWith("batchSize=", StringComparison.OrdinalIgnoreCase));
        return setting is not null && int.TryParse(setting["batchSize=".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var size)
            ? Math.Clamp(size, Math.Min(200, org.Options.QueryBatchSize), 2000)
            : org.Options.QueryBatchSize;
    }
}
