using System.Text.Json;

namespace Keepage.Connectors.Dataverse;

/// <summary>
/// Finds which of the alerts about to be upserted someone already closed in Dataverse (statecode Completed or
/// Canceled). Those are left alone: an upsert does not change statecode unless it sends one, but rewriting a
/// closed activity's content would still show a handled alert as changed, so Keepage reports them unchanged
/// (https://learn.microsoft.com/power-apps/developer/data-platform/activity-entities).
/// </summary>
internal sealed class ClosedAlerts(RowPager pager, DataverseSchemaOptions schema)
{
    // Keeps each $filter URL a few KB long, well under Dataverse's URL limit.
    private const int KeysPerQuery = 40;

    /// <summary>The closed alerts among <paramref name="keys"/>: key (compared case-insensitively, as Dataverse does) to activity id.</summary>
    public async Task<Dictionary<string, string>> FindAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var closed = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var chunk in keys.Chunk(KeysPerQuery))
        {
            var query = new ODataQuery
            {
                Select = $"activityid,{schema.AlertKeyColumn},statecode",
                Filter = $"statecode ne 0 and ({string.Join(" or ", chunk.Select(k => ODataLiteral.EqualsCondition(schema.AlertKeyColumn, k)))})",
            };
            foreach (var (key, id) in await pager.ReadAllAsync(schema.AlertEntitySet, query, Row, cancellationToken))
                closed[key] = id;
        }
        return closed;
    }

    private (string Key, string Id) Row(JsonElement row) =>
        (row.GetProperty(schema.AlertKeyColumn).GetString() ?? "", row.GetProperty("activityid").GetString() ?? "");
}
