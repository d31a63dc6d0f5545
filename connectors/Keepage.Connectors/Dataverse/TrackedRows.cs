using System.Text.Json;

namespace Keepage.Connectors.Dataverse;

/// <summary>
/// What one change-tracked read returned: new or changed rows, the ids of deleted rows (entries whose context ends
/// <c>/$deletedEntity</c>, fixture changetracking/delta.response.http) and the delta link for next time.
/// </summary>
internal sealed record TrackedRows(IReadOnlyList<JsonElement> Changed, IReadOnlyList<string> Deleted, string? DeltaLink)
{
    public static TrackedRows From(IEnumerable<JsonElement> entries, string? deltaLink)
    {
        var (changed, deleted) = (new List<JsonElement>(), new List<string>());
        foreach (var entry in entries)
        {
            if (entry.TryGetProperty("@odata.context", out var context)
                && context.GetString()?.EndsWith("/$deletedEntity", StringComparison.Ordinal) == true)
                deleted.Add(entry.GetProperty("id").GetString()!);
            else
                changed.Add(entry);
        }
        return new TrackedRows(changed, deleted, deltaLink);
    }
}
