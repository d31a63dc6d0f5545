using System.Text.Json.Nodes;
using Keepage.Emulators.Salesforce.Bulk;
using Keepage.Emulators.Salesforce.Collections;
using Keepage.Emulators.Salesforce.Rest;
using Keepage.Emulators.Salesforce.Storage;

namespace Keepage.Emulators.Salesforce.Http;

/// <summary>
/// Routes one REST call to its resource. Calls run one at a time (the store is not thread-safe); after a write the
/// records are saved to the state file when one is configured.
/// </summary>
internal sealed class RestRouter(EmulatedOrg org, StateFile? stateFile)
{
    private readonly Lock _gate = new();
    private readonly RecordOperations _operations = new(org);
    private readonly QueryResource _query = new(org, new QueryLocators());
    private readonly IngestJobsResource _ingest = new(org, new IngestProcessor(org, new RecordOperations(org)));
    private readonly QueryJobsResource _queryJobs = new(org);

    public RestResponse Execute(RestRequest request)
    {
        lock (_gate)
        {
            try
            {
                return Route(request);
            }
            catch (RestError error)
            {
                return error.ToResponse();
            }
            catch (Exception error) when (error is FormatException or InvalidOperationException or ArgumentException or System.Text.Json.JsonException)
            {
                // Salesforce answers anything unforeseen with 500 UNKNOWN_EXCEPTION in the usual error array.
                return RestError.Of(500, "UNKNOWN_EXCEPTION", $"An unexpected error occurred: {error.GetType().Name}", null).ToResponse();
            }
            finally
            {
                if (!request.IsRead)
                    stateFile?.Save(org.Store);
            }
        }
    }

    private RestResponse Route(RestRequest request)
    {
        var s = request.Segments;
        return (s.Count > 0 ? s[0] : "") switch
        {
            "" => Resources(request),
            "limits" => LimitsResource.Get(org),
            "query" when s.Count == 1 => _query.Query(request, includeDeleted: false),
            "query" when s.Count == 2 => _query.More(request, s[1]),
            "queryAll" when s.Count == 1 => _query.Query(request, includeDeleted: true),
            "sobjects" => SObjects(request, s),
            "composite" when s.Count == 1 && request.Method == "POST" => new CompositeResource(org, Guarded).Handle(request),
            "composite" when s.Count >= 2 && s[1] == "sobjects" => new CollectionsResource(org, _operations).Handle(request, [.. s.Skip(2)]),
            "jobs" when s.Count >= 2 && s[1] == "ingest" => _ingest.Handle(request, [.. s.Skip(2)]),
            "jobs" when s.Count >= 2 && s[1] == "query" => _queryJobs.Handle(request, [.. s.Skip(2)]),
            _ => throw RestError.NotFound(),
        };
    }

    // A composite subrequest: routed inside the caller's lock, its failure becomes its answer.
    private RestResponse Guarded(RestRequest request)
    {
        try
        {
            return Route(request);
        }
        catch (RestError error)
        {
            return error.ToResponse();
        }
    }

    private RestResponse SObjects(RestRequest request, IReadOnlyList<string> s)
    {
        var describe = new DescribeResource(org);
        if (s.Count == 1)
            return describe.Global(request);
        var definition = org.Store.Catalog.Find(s[1]) ?? throw RestError.Of(404, "NOT_FOUND", "The requested resource does not exist", null);
        var resource = new SObjectResource(org, _operations);
        return (s.Count, request.Method) switch
        {
            (2, "POST") => resource.Create(request, definition),
            (3, "GET") when s[2] == "describe" => describe.Describe(request, definition),
            (3, _) => resource.Record(request, definition, s[2]),
            (4, _) => resource.ByExternalId(request, definition, s[2], s[3]),
            _ => throw SObjectResource.MethodNotAllowed(request.Method),
        };
    }

    private static RestResponse Resources(RestRequest request)
    {
        var root = request.ApiRoot;
        return RestResponse.Json(200, new JsonObject
        {
            ["sobjects"] = $"{root}/sobjects", ["query"] = $"{root}/query", ["queryAll"] = $"{root}/queryAll",
            ["composite"] = $"{root}/composite", ["jobs"] = $"{root}/jobs", ["limits"] = $"{root}/limits",
        });
    }
}
