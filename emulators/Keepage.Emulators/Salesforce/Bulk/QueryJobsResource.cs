using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Keepage.Emulators.Salesforce.Http;
using Keepage.Emulators.Salesforce.Rest;
using Keepage.Emulators.Salesforce.Soql;
using Keepage.Emulators.Salesforce.Storage;

namespace Keepage.Emulators.Salesforce.Bulk;

/// <summary>
/// <c>/jobs/query</c> (wire spec B8): create, poll, and results in chunks with <c>Sforce-NumberOfRecords</c> and
/// <c>Sforce-Locator</c> (the literal <c>null</c> on the last chunk). Columns follow the SELECT.
/// </summary>
internal sealed class QueryJobsResource(EmulatedOrg org)
{
    private readonly ConcurrentDictionary<string, QueryJob> _jobs = new(StringComparer.OrdinalIgnoreCase);
    private long _next;

    public RestResponse Handle(RestRequest request, IReadOnlyList<string> rest)
    {
        if (rest.Count == 0 && request.Method == "POST")
            return Create(request);
        var job = rest.Count > 0 ? _jobs.GetValueOrDefault(rest[0]) : null;
        if (job is null)
            throw RestError.Of(404, "NOT_FOUND", "The requested resource does not exist", null);
        return (request.Method, rest.Count > 1 ? rest[1] : null) switch
        {
            ("GET", null) => RestResponse.Json(200, Poll(job).Info()),
            ("GET", "results") => Results(request, job),
            ("DELETE", null) => _jobs.TryRemove(job.Id, out _) ? RestResponse.NoContent() : throw RestError.NotFound(),
            _ => throw SObjectResource.MethodNotAllowed(request.Method),
        };
    }

    private RestResponse Create(RestRequest request)
    {
        var body = SObjectResource.Body(request);
        var operation = body["operation"]?.GetValue<string>() ?? "query";
        var soql = body["query"]?.GetValue<string>() ?? throw SoqlError.Malformed("unexpected end of query");
        var (definition, fields, records) = new SoqlEngine(org.Store).Run(soql, org.Clock.GetUtcNow(), operation == "queryAll");
        var rows = new List<string[]> { fields.Select(f => f.Text).ToArray() };
        rows.AddRange(records.Select(r => fields.Select(f => WireFormat.Text(f.Resolve(org.Store, r)) ?? "").ToArray()));
        var id = RecordId.Create("750", 1_000_000 + Interlocked.Increment(ref _next));
        var job = new QueryJob(id, operation, definition.Name, request.VersionNumber, WireFormat.DateTime(org.Clock.GetUtcNow()), rows)
        {
            PollsLeft = org.Options.BulkPollsUntilComplete,
        };
        _jobs[id] = job;
        return RestResponse.Json(200, job.Info());
    }

    private static QueryJob Poll(QueryJob job)
    {
        if (job.State is "UploadComplete" or "InProgress")
            job.State = job.PollsLeft-- > 0 ? "InProgress" : "JobComplete";
        return job;
    }

    private static RestResponse Results(RestRequest request, QueryJob job)
    {
        if (job.State != "JobComplete")
            throw RestError.Of(412, "JOB_NOT_COMPLETE", $"can only download query results of successfully completed bulk job with status: JOB_COMPLETE. Current status: {job.State.ToUpperInvariant()}", null);
        var offset = request.Parameter("locator") is { Length: > 0 } locator
            ? int.Parse(Encoding.ASCII.GetString(Convert.FromBase64String(locator.PadRight(locator.Length + (4 - locator.Length % 4) % 4, '='))), CultureInfo.InvariantCulture)
            : 0;
        var max = int.TryParse(request.Parameter("maxRecords"), CultureInfo.InvariantCulture, out var m) && m > 0 ? m : int.MaxValue;
        var chunk = job.Rows.Skip(1 + offset).Take(max).ToList();
        var end = offset + chunk.Count;
        var next = end < job.Rows.Count - 1 ? Convert.ToBase64String(Encoding.ASCII.GetBytes(end.ToString(CultureInfo.InvariantCulture))).TrimEnd('=') : "null";
        return RestResponse.Csv(BulkCsv.Write([job.Rows[0], .. chunk], ',', "\n", trailingBreak: true),
            new("Sforce-NumberOfRecords", chunk.Count.ToString(CultureInfo.InvariantCulture)), new("Sforce-Locator", next));
    }
}
