using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Keepage.Connectors.Dataverse;

/// <summary>
/// Reads a table incrementally: a full read with <c>odata.track-changes</c> the first time, then its delta link,
/// applying changed rows and <c>$deletedEntity</c> removals to the rows kept in <see cref="TrackedTables"/>. A delta
/// link Dataverse refuses (an expired token, ExpiredVersionStamp 0x80044352) starts over with a full read.
/// </summary>
internal sealed class ChangeTrackedReader(TrackedScope scope, RowPager pager, TrackedTables tables, bool enabled, ILogger logger)
{
    public async Task<IReadOnlyCollection<JsonElement>> ReadAsync(string entitySet, string select, string idColumn, CancellationToken cancellationToken)
    {
        var query = new ODataQuery { Select = select };
        if (!enabled)
            return await pager.ReadAllAsync(entitySet, query, row => row.Clone(), cancellationToken);
        if (await tables.FindAsync(scope, entitySet, select, cancellationToken) is { } known)
        {
            try
            {
                var changes = await pager.ReadTrackedAsync(entitySet, query, known.DeltaLink, cancellationToken);
                return await KeepAsync(entitySet, select, Apply(new Dictionary<string, JsonElement>(known.Rows, StringComparer.OrdinalIgnoreCase), changes, idColumn), changes.DeltaLink, cancellationToken);
            }
            catch (DataverseException error) when (error.StatusCode == HttpStatusCode.BadRequest)
            {
                await tables.ForgetAsync(scope, entitySet, select, cancellationToken);
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
        return await KeepAsync(entitySet, select, Apply(new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase), all, idColumn), all.DeltaLink, cancellationToken);
    }

    private static Dictionary<string, JsonElement> Apply(Dictionary<string, JsonElement> rows, TrackedRows changes, string idColumn)
    {
        foreach (var row in changes.Changed)
            rows[row.GetProperty(idColumn).GetString()!] = row;
        foreach (var id in changes.Deleted)
            rows.Remove(id);
        return rows;
    }

    private async Task<IReadOnlyCollection<JsonElement>> KeepAsync(
        string entitySet, string select, Dictionary<string, JsonElement> rows, string? deltaLink, CancellationToken cancellationToken)
    {
        if (deltaLink is null)
            await tables.ForgetAsync(scope, entitySet, select, cancellationToken);
        else
            await tables.SaveAsync(scope, entitySet, select, new TrackedTable(deltaLink, rows), cancellationToken);
        return rows.Values;
    }
}
