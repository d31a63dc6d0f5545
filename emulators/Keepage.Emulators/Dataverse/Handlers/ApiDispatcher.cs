using System.Globalization;
using Keepage.Emulators.Dataverse.Http;
using Keepage.Emulators.Dataverse.Metadata;
using Keepage.Emulators.Dataverse.Storage;

namespace Keepage.Emulators.Dataverse.Handlers;

/// <summary>
/// Routes one Web API request to its handler. Requests run one at a time (the store is not thread-safe), and
/// after every write the tables are saved to the state file when one is configured.
/// </summary>
internal sealed class ApiDispatcher(EmulatedOrganization org, StateFile? stateFile)
{
    private readonly Lock _gate = new();

    public EmulatedOrganization Organization => org;

    public ApiResponse Execute(ApiRequest request)
    {
        lock (_gate)
        {
            var response = Route(request);
            if (!request.IsRead)
                stateFile?.Save(org.Store);
            return response;
        }
    }

    /// <summary>Runs <paramref name="work"/> exclusively, as one unit (a $batch), then saves once.</summary>
    public T Exclusive<T>(Func<T> work)
    {
        lock (_gate)
        {
            var result = work();
            stateFile?.Save(org.Store);
            return result;
        }
    }

    /// <summary>Routes without taking the lock; for $batch parts already inside <see cref="Exclusive{T}"/>.</summary>
    public ApiResponse Route(ApiRequest request)
    {
        try
        {
            return request.Resource is "WhoAmI" or "WhoAmI()" ? WhoAmI.Execute(org, request) : RouteToTable(request);
        }
        catch (ApiFault fault)
        {
            return fault.ToResponse();
        }
    }

    private ApiResponse RouteToTable(ApiRequest request)
    {
        var path = ResourcePath.Parse(request.Resource);
        if (path.EntitySet == EntityDefinitions.EntitySet)
            return EntityDefinitions.Execute(org, request, path);
        var table = org.Store.Catalog.FindBySet(path.EntitySet) ?? throw NotFoundSegment(path.EntitySet);
        return (path.IsCollection, path.Segment, request.Method) switch
        {
            (true, null, "GET") => CollectionQuery.Execute(org, table, request),
            (true, null, "POST") => RowCreation.Execute(org, table, request),
            (true, "$count", "GET") => Count(table),
            (false, null, "GET") => RowRetrieval.Execute(org, table, path, request),
            (false, null, "PATCH") => RowUpsert.Execute(org, table, path, request),
            (false, null, "DELETE") => RowDeletion.Execute(org, table, path, request),
            (false, { } navigation, "GET") => Related(table, path, navigation, request),
            (_, null, _) => throw ApiFault.MethodNotAllowed(request.Method),
            (_, { } segment, _) => throw NotFoundSegment(segment),
        };
    }

    private static ApiFault NotFoundSegment(string segment) =>
        segment.StartsWith('$')
            ? ApiFault.NotImplemented($"the '{segment}' resource")
            : ApiFault.ResourceNotFound(segment);

    private ApiResponse Count(TableDefinition table) =>
        ApiResponse.Text(200, org.Store.Count(table).ToString(CultureInfo.InvariantCulture));

    // Activities regarding a row, e.g. accounts(id)/Account_Tasks (the batch samples read tasks back this way).
    private ApiResponse Related(TableDefinition table, ResourcePath path, string navigation, ApiRequest request)
    {
        var row = RowAddress.Find(org.Store, table, path) ?? throw RowAddress.NotFound(table, path);
        var activities = org.Store.Catalog.Tables.FirstOrDefault(t => t.IsActivity
            && string.Equals(navigation, $"{table.LogicalName}_{t.EntitySetName}", StringComparison.OrdinalIgnoreCase))
            ?? throw ApiFault.NotImplemented($"the navigation property '{navigation}'");
        var regarding = org.Store.Rows(activities).Where(a => a.Lookups.GetValueOrDefault("regardingobjectid")?.Id == row.Id);
        return CollectionQuery.Execute(org, activities, request, regarding);
    }
}
