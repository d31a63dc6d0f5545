using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Keepage.Emulators.Salesforce.Http;
using Keepage.Emulators.Salesforce.Rest;
using Keepage.Emulators.Salesforce.Storage;

namespace Keepage.Emulators.Salesforce.Bulk;

/// <summary>
/// <c>/jobs/ingest</c> (wire spec B8): create (Open), one CSV upload (201), close with UploadComplete, poll
/// (InProgress, then JobComplete), successful / failed / unprocessed results as CSV, abort and delete.
/// </summary>
internal sealed class IngestJobsResource(EmulatedOrg org, IngestProcessor processor)
{
    private readonly ConcurrentDictionary<string, IngestJob> _jobs = new(StringComparer.OrdinalIgnoreCase);
    private long _next;

    public RestResponse Handle(RestRequest request, IReadOnlyList<string> rest)
    {
        if (rest.Count == 0)
            return request.Method == "POST" ? Create(request) : List(request);
        var job = _jobs.GetValueOrDefault(rest[0]) ?? throw RestError.Of(404, "NOT_FOUND", "The requested resource does not exist", null);
        return (request.Method, rest.Count > 1 ? rest[1] : null) switch
        {
            ("GET", null) => RestResponse.Json(200, Poll(job).Info(false, request.Version)),
            ("PATCH", null) => ChangeState(request, job),
            ("DELETE", null) => Delete(job),
            ("PUT", "batches") => Upload(request, job),
            ("GET", "successfulResults") => Results(job, ["sf__Id", "sf__Created"], job.Successful),
            ("GET", "failedResults") => Results(job, ["sf__Id", "sf__Error"], job.Failed),
            ("GET", "unprocessedrecords") => Results(job, [], job.Unprocessed),
            _ => throw SObjectResource.MethodNotAllowed(request.Method),
        };
    }

    private RestResponse Create(RestRequest request)
    {
        var body = SObjectResource.Body(request);
        var objectName = body["object"]?.GetValue<string>();
        if (objectName is null || org.Store.Catalog.Find(objectName) is null)
            throw RestError.Of(400, "INVALIDJOB", $"InvalidJob : Invalid object: {objectName}", null);
        if (body["operation"]?.GetValue<string>() == "upsert" && body["externalIdFieldName"] is null)
            throw RestError.Of(400, "INVALIDJOB", "InvalidJob : External ID was blank for the upsert operation.", null);
        var id = RecordId.Create("750", Interlocked.Increment(ref _next));
        var job = new IngestJob(id, body, request.VersionNumber, WireFormat.DateTime(org.Clock.GetUtcNow()));
        _jobs[id] = job;
        return RestResponse.Json(200, job.Info(true, request.Version));
    }

    private RestResponse List(RestRequest request) => RestResponse.Json(200, new JsonObject
    {
        ["done"] = true,
        ["records"] = new JsonArray([.. _jobs.Values.OrderBy(j => j.Id, StringComparer.Ordinal).Select(j => (JsonNode)j.Info(false, request.Version))]),
        ["nextRecordsUrl"] = null,
    });

    private static RestResponse Upload(RestRequest request, IngestJob job)
    {
        if (job.State != "Open")
            throw RestError.Of(400, "INVALIDJOBSTATE", $"Job {job.Id} is not open for upload: {job.State}", null);
        if (job.Data is not null)
            throw RestError.Of(400, "INVALIDJOBSTATE", $"Found multiple contents for job: <{job.Id}>, please 'Close' / 'Abort' / 'Delete' the current Job then create a new Job and make sure the content is successfully uploaded only once.", null);
        job.Data = request.Body;
        return RestResponse.Created();
    }

    private RestResponse ChangeState(RestRequest request, IngestJob job)
    {
        var state = SObjectResource.Body(request)["state"]?.GetValue<string>();
        switch (state)
        {
            case "UploadComplete" when job.State == "Open":
                job.State = "UploadComplete";
                job.PollsLeft = org.Options.BulkPollsUntilComplete;
                break;
            case "Aborted" when !job.IsTerminal:
                job.State = "Aborted";
                break;
            case "Aborted":
                throw RestError.Of(400, "INVALIDJOBSTATE", "Aborting already Completed Job not allowed", null);
            default:
                throw RestError.Of(400, "INVALIDJOBSTATE", $"Unable to change the job state from {job.State} to {state}", null);
        }
        job.SystemModstamp = WireFormat.DateTime(org.Clock.GetUtcNow());
        return RestResponse.Json(200, job.Info(true, request.Version));
    }

    // Processing happens on the first poll after the close; the final state shows after BulkPollsUntilComplete polls.
    private IngestJob Poll(IngestJob job)
    {
        if (job.State is not ("UploadComplete" or "InProgress"))
            return job;
        if (job.State == "UploadComplete")
            processor.Process(job);
        if (job.State != "Failed")
            job.State = job.PollsLeft-- > 0 ? "InProgress" : "JobComplete";
        job.SystemModstamp = WireFormat.DateTime(org.Clock.GetUtcNow());
        return job;
    }

    private RestResponse Delete(IngestJob job)
    {
        if (!job.IsTerminal)
            throw RestError.Of(400, "INVALIDJOBSTATE", $"Only a completed, failed or aborted job can be deleted; the job is {job.State}", null);
        _jobs.TryRemove(job.Id, out _);
        return RestResponse.NoContent();
    }

    private static RestResponse Results(IngestJob job, string[] prefix, List<string[]> rows) =>
        RestResponse.Csv(BulkCsv.Write([(string[])[.. prefix, .. job.Header], .. rows], BulkCsv.Delimiter(job.ColumnDelimiter), BulkCsv.LineBreak(job.LineEnding), trailingBreak: false));
}
