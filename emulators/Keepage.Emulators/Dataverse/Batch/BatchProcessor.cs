using Keepage.Emulators.Dataverse.Handlers;
using Keepage.Emulators.Dataverse.Http;

namespace Keepage.Emulators.Dataverse.Batch;

/// <summary>
/// Executes a $batch (wire spec A8): entries in order; a change set all-or-nothing with <c>$n</c> Content-ID
/// references; without <c>Prefer: odata.continue-on-error</c> processing stops at the first failure.
/// </summary>
internal sealed class BatchProcessor(ApiDispatcher dispatcher, RequestLog<RecordedRequest> log)
{
    public const int MaxRequests = 1000;

    public (List<BatchResult> Results, bool Stopped) Execute(IReadOnlyList<BatchEntry> entries, string version, bool continueOnError) =>
        dispatcher.Exclusive(() =>
        {
            var results = new List<BatchResult>();
            foreach (var entry in entries)
            {
                var result = entry.IsChangeSet ? RunChangeSet(entry, version) : new BatchResult([Run(entry.Requests[0], version, null)], false);
                results.Add(result);
                if (result.Failed && !continueOnError)
                    return (results, true);
            }
            return (results, false);
        });

    private BatchResult RunChangeSet(BatchEntry changeSet, string version)
    {
        var snapshot = dispatcher.Organization.Store.Snapshot();
        var created = new Dictionary<string, string>(StringComparer.Ordinal);
        var responses = new List<(ApiResponse, string?)>();
        foreach (var part in changeSet.Requests)
        {
            var (response, contentId) = Run(part, version, created);
            if (!response.IsSuccess)
            {
                // A failed change set rolls back and answers with the failing part alone.
                dispatcher.Organization.Store.Restore(snapshot);
                return new BatchResult([(response, contentId)], false);
            }
            if (contentId is not null && (response.Header("OData-EntityId") ?? response.Header("Location")) is { } url)
                created[contentId] = url;
            responses.Add((response, contentId));
        }
        return new BatchResult(responses, true);
    }

    private (ApiResponse, string?) Run(MimePart part, string version, Dictionary<string, string>? created)
    {
        var message = HttpMessageText.ParseRequest(part.Content);
        var contentId = part.Header("Content-ID") ?? message.Headers.GetValueOrDefault("Content-ID");
        ApiResponse response;
        try
        {
            if (created is not null && message.Method == "GET")
                throw ApiFault.InvalidArgument("GET requests are not allowed inside a change set.");
            var request = ToApiRequest(message, version, created);
            response = dispatcher.Route(request);
        }
        catch (ApiFault fault)
        {
            response = fault.ToResponse();
        }
        log.Add(new RecordedRequest(message.Method, message.Target, response.Status, message.Headers, InBatch: true, ReceivedAt: dispatcher.Organization.Clock.GetUtcNow()));
        return (response, contentId);
    }

    private static ApiRequest ToApiRequest(HttpMessageText.RequestText message, string version, Dictionary<string, string>? created)
    {
        var target = ContentIdReferences.Resolve(message.Target, created);
        if (!target.StartsWith('/') && !target.Contains("://", StringComparison.Ordinal))
            target = $"/api/data/{version}/{target}";
        var body = message.Body.Length > 0 && created is not null ? ContentIdReferences.ResolveBinds(message.Body, created) : message.Body;
        return ApiTarget.Parse(message.Method, target, message.Headers, body)
            ?? throw ApiFault.ResourceNotFound(message.Target);
    }
}
