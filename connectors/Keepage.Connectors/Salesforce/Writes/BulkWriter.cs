using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Keepage.Connectors.Salesforce.Bulk;

namespace Keepage.Connectors.Salesforce.Writes;

/// <summary>
/// Upserts many records with one Bulk API 2.0 ingest job (wire spec B8;
/// https://developer.salesforce.com/docs/atlas.en-us.api_asynch.meta/api_asynch/walkthrough_upload_data.htm): create, upload the CSV, close with
/// UploadComplete, poll, then read successful and failed results, matched back to records by External ID.
/// Null means the daily limit refused the job before anything was uploaded.
/// </summary>
internal sealed class BulkWriter(ISalesforceApi api, SalesforceOptions options, TimeProvider waits)
{
    /// <summary>Calls one job takes when nothing fails: create, upload, close, two polls, successful results.</summary>
    public const int CallsPerJob = 6;

    public async Task<List<ItemResult>?> WriteAsync(WriteGroup group, IReadOnlyList<WriteItem> items, CancellationToken cancellationToken)
    {
        try
        {
            var (status, body) = await CallAsync(() => api.CreateIngestJobAsync(Json(new JsonObject
            {
                ["object"] = group.SObject, ["externalIdFieldName"] = group.ExternalIdField, ["contentType"] = "CSV",
                ["operation"] = "upsert", ["lineEnding"] = "LF", ["columnDelimiter"] = "COMMA",
            }), cancellationToken), cancellationToken);
            if (status != HttpStatusCode.OK && status != HttpStatusCode.Created)
                return Refused(items, status, body);
            var job = IngestJobInfo.Parse(body).Id;
            using var csv = new StringContent(Csv(group.ExternalIdField, items), Encoding.UTF8, "text/csv");
            (status, body) = await CallAsync(() => api.UploadJobDataAsync(job, csv, cancellationToken), cancellationToken);
            if (status == HttpStatusCode.Created)
                (status, body) = await CallAsync(() => api.SetIngestJobStateAsync(job, Json(new JsonObject { ["state"] = "UploadComplete" }), cancellationToken), cancellationToken);
            if (status != HttpStatusCode.OK)
                return Refused(items, status, body);
            return await CollectAsync(group, items, job, cancellationToken);
        }
        catch (Exception error) when (TransportFailure.Is(error, cancellationToken))
        {
            return [.. items.Select(item => ItemOutcomes.Failed(item, 0, error.GetType().Name, "the bulk job did not complete"))];
        }
    }

    private async Task<List<ItemResult>> CollectAsync(WriteGroup group, IReadOnlyList<WriteItem> items, string job, CancellationToken cancellationToken)
    {
        var info = await PollAsync(job, cancellationToken);
        if (info is not { State: "JobComplete" })
            return [.. items.Select(item => ItemOutcomes.Retryable(item, $"Bulk API job {job} ended {info?.State ?? "unfinished"}: {info?.ErrorMessage}"))];
        var rows = new Dictionary<string, IngestResultRow>(StringComparer.OrdinalIgnoreCase);
        foreach (var kind in info.RecordsFailed > 0 ? ["successfulResults", "failedResults"] : new[] { "successfulResults" })
        {
            var (status, body) = await CallAsync(() => api.GetIngestResultsAsync(job, kind, cancellationToken), cancellationToken);
            if (status != HttpStatusCode.OK)
                continue;
            foreach (var row in IngestResultRow.Parse(body))
                rows[row.Columns.GetValueOrDefault(group.ExternalIdField) ?? ""] = row;
        }
        return [.. items.Select(item => rows.TryGetValue(item.Key, out var row)
            ? row.ErrorCode is null ? ItemOutcomes.Written(item, row.Id, row.Created ?? false) : ItemOutcomes.Failed(item, 0, row.ErrorCode, row.ErrorMessage)
            : ItemOutcomes.Retryable(item, $"Bulk API job {job} did not process this record; it is sent again."))];
    }

    private async Task<IngestJobInfo?> PollAsync(string job, CancellationToken cancellationToken)
    {
        var polls = Math.Max(1, (int)(options.BulkTimeout / options.BulkPollInterval));
        for (var poll = 0; poll < polls; poll++)
        {
            var (status, body) = await CallAsync(() => api.GetIngestJobAsync(job, cancellationToken), cancellationToken);
            var info = status == HttpStatusCode.OK ? IngestJobInfo.Parse(body) : null;
            if (info is null || info.IsFinished)
                return info;
            await Task.Delay(options.BulkPollInterval, waits, cancellationToken);
        }
        return null;
    }

    private static async Task<(HttpStatusCode Status, string Body)> CallAsync(Func<Task<HttpResponseMessage>> call, CancellationToken cancellationToken)
    {
        using var response = await call();
        return (response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
    }

    private static List<ItemResult>? Refused(IReadOnlyList<WriteItem> items, HttpStatusCode status, string body)
    {
        var error = SalesforceError.First(body);
        return error?.Code == "REQUEST_LIMIT_EXCEEDED"
            ? null
            : [.. items.Select(item => ItemOutcomes.Failed(item, (int)status, error?.Code, error?.Message))];
    }

    private static StringContent Json(JsonObject body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    // Empty cells leave a field as it is in Bulk API 2.0; #N/A sets it to null.
    private static string Csv(string externalIdField, IReadOnlyList<WriteItem> items)
    {
        var columns = items.SelectMany(i => i.Fields.Select(f => f.Key)).Distinct(StringComparer.Ordinal)
            .OrderBy(c => c == externalIdField ? 0 : 1).ToList();
        var rows = items.Select(item => (IReadOnlyList<string>)[.. columns.Select(c => item.Fields.TryGetPropertyValue(c, out var value) ? Cell(value) : "")]);
        return CsvText.Write([columns, .. rows]);
    }

    private static string Cell(JsonNode? value) => value is null ? "#N/A" : value.GetValueKind() switch
    {
        System.Text.Json.JsonValueKind.String => value.GetValue<string>(),
        System.Text.Json.JsonValueKind.True => "true",
        System.Text.Json.JsonValueKind.False => "false",
        _ => value.ToJsonString(),
    };
}
