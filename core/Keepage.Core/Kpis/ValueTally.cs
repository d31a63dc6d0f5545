namespace Keepage.Core.Kpis;

// Counts of the trimmed, non-blank values seen for one subject, to name it by its most frequent value.
internal sealed class ValueTally
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public void Add(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return;
        var key = value.Trim();
        _counts[key] = _counts.GetValueOrDefault(key) + 1;
    }

    // Ties go to the ordinally smallest so the choice is stable.
    public string? MostFrequent()
    {
        string? best = null;
        var bestCount = 0;
        foreach (var (value, count) in _counts)
        {
            if (count > bestCount || (count == bestCount && string.CompareOrdinal(value, best) < 0))
                (best, bestCount) = (value, count);
        }
        return best;
    }
}
