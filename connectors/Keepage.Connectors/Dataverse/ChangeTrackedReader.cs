using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Keepage.Connectors.Dataverse;

/// <summary>
/// Reads a table incrementally: a full read with <c>odata.track-changes</c> the first time, then its delta link,
/// applying changed rows and <c>$deletedEntity</c> removals to the rows kept in <see cref="TrackedTables"/>. A delta
/// link Dataverse refuses (an expired token, ExpiredVersionStamp 0x80044352) starts over with a full read.
/// </summary>
internal sealed class ChangeTrackedReader(RowPager pager, TrackedTables tables, bool enabled, ILogger logger)
{
    public async Task<IReadOnlyCollection<JsonElement>> ReadAsync(string entitySet, string select, string idColumn, CancellationToken cancellationToken)
    {
        var query = new ODataQuery { Select = select };
        if (!enabled)
            return await pager.ReadAllAsync(entitySet, query, row => row.Clone(), cancellationToken);
        if (tables.Find(entitySet, select) is { } known)
        {
            try
            {
                var changes = await pager.ReadTrackedAsync(entitySet, query, known.DeltaLink, cancellationToken);
                return Keep(entitySet, select, Apply(new Dictionary<string, JsonElement>(known.Rows, StringComparer.OrdinalIgnoreCase), changes, idColumn), changes.DeltaLink);
            }
            catch (DataverseException error) when (error.StatusCode == HttpStatusCode.BadRequest)
            {
                tables.Forget(entitySet, select);
                logger.LogInformation("Dataverse refused the delta link of {EntitySet} ({ErrorCode}); reading it in full", entitySet, error.ErrorCode);
            }
        }
        return await ReadInFullAsync(entitySet, select, idColumn, query, cancellationToken);
    }

    private async Task<IReadOnlyCollection<JsonElement>> ReadInFullAsync(
        string entitySet, string select, string idColumn, ODataQuery query, CancellationToken cancellationToken)
    {
        TrackedRows all;
        try
        {
            all = await pager.ReadTrackedAsync(entitySet, query, null, cancellationToken);
        }
        catch (DataverseException error) when (error.StatusCode == HttpStatusCode.BadRequest)
        {
            // A table without change tracking enabled refuses the preference; it is still read, just in full each time.
            logger.LogInformation("Dataverse refused change tracking on {EntitySet} ({ErrorCode}); reading without it", entitySet, error.ErrorCode);
            return await pager.ReadAllAsync(entitySet, query, row => row.Clone(), cancellationToken);
        }
        return Keep(entitySet, select, Apply(new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase), all, idColumn), all.DeltaLink);
    }

    private static Dictionary<string, JsonElement> Apply(Dictionary<string, JsonElement> rows, TrackedRows changes, string idColumn)
    {
        foreach (var row in changes.Changed)
            rows[row.GetProperty(idColumn).GetString()!] = row;
        foreach (var id in changes.Deleted)
            rows.Remove(id);
        return rows;
    }

    private IReadOnlyCollection<JsonElement> Keep(string entitySet, string select, Dictionary<string, JsonElement> rows, string? deltaLink)
    {
        if (deltaLink is null)
            tables.Forget(entitySet, select);
        else
            tables.Save(entitySet, select, new TrackedTable(deltaLink, rows));
        return rows.Values;
    }
}
