using Keepage.Connectors.Salesforce.Reads;
using Keepage.Connectors.Salesforce.Soql;

namespace Keepage.Connectors.Salesforce.Writes;

/// <summary>
/// Which alert Tasks already exist, and which of them someone closed. A closed Task is left alone; an open one is
/// updated without Status; only a new one gets Status and a due date, so Keepage never reopens a completed Task.
/// </summary>
internal sealed class AlertTasks(QueryPager pager, SalesforceSchemaOptions schema, TimeProvider clock)
{
    // Keys per query: keeps the SOQL well under the URI length limit (wire spec B9, 414).
    private const int KeysPerQuery = 100;

    public static int QueriesFor(int keys) => (keys + KeysPerQuery - 1) / KeysPerQuery;

    public async Task<Dictionary<string, (string Id, bool IsClosed)>> ExistingAsync(IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var existing = new Dictionary<string, (string, bool)>(StringComparer.OrdinalIgnoreCase);
        foreach (var chunk in keys.Chunk(KeysPerQuery))
        {
            var query = SoqlQuery.From(schema.AlertObject).Select("Id", schema.AlertExternalIdField, "IsClosed").WhereIn(schema.AlertExternalIdField, chunk);
            var rows = await pager.ReadAllAsync(query, row => (Key: RecordValues.Text(row, schema.AlertExternalIdField), Id: RecordValues.Text(row, "Id"),
                Closed: RecordValues.Text(row, "IsClosed") == "true"), cancellationToken);
            foreach (var row in rows.Where(r => r.Key is not null && r.Id is not null))
                existing[row.Key!] = (row.Id!, row.Closed);
        }
        return existing;
    }

    public void PrepareNew(WriteItem item)
    {
        item.Fields["Status"] = schema.NewAlertStatus;
        item.Fields["ActivityDate"] = RecordPayload.Json(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(schema.AlertDueInDays));
    }

    public static void PrepareExisting(WriteItem item)
    {
        item.Fields.Remove("Status");
        item.Fields.Remove("ActivityDate");
    }
}
