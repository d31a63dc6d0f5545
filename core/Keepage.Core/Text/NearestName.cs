using F23.StringSimilarity;

namespace Keepage.Core.Text;

/// <summary>
/// "Did you mean": the known name closest to a misspelt one, ignoring case. Names further apart than a third of their
/// length (at least 2 edits) are not suggested, since an unrelated suggestion is worse than none.
/// </summary>
public static class NearestName
{
    private static readonly Damerau Distance = new();

    public static string? Suggest(string name, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(known);
        var lowered = name.ToLowerInvariant();
        var limit = Math.Max(2, name.Length / 3);
        return known
            .Select(candidate => (candidate, distance: Distance.Distance(lowered, candidate.ToLowerInvariant())))
            .Where(c => c.distance > 0 || !string.Equals(c.candidate, name, StringComparison.Ordinal))
            .Where(c => c.distance <= limit)
            .OrderBy(c => c.distance)
            .ThenBy(c => c.candidate, StringComparer.Ordinal)
            .Select(c => c.candidate)
            .FirstOrDefault();
    }
}
