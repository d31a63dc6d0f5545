namespace Keepage.Emulators.Dataverse.Http;

/// <summary>The <c>Prefer</c> preferences the emulator honours (wire spec A2).</summary>
internal sealed record PreferHeader(
    bool ReturnRepresentation,
    int? MaxPageSize,
    bool ContinueOnError,
    IReadOnlyList<string> Annotations)
{
    public static PreferHeader None { get; } = new(false, null, false, []);

    /// <summary><c>odata.track-changes</c>: answer with a delta link (wire spec A9).</summary>
    public bool TrackChanges { get; init; }

    public bool IncludesAnnotation(string name) =>
        Annotations.Any(pattern => pattern == "*"
            || string.Equals(pattern, name, StringComparison.Ordinal)
            || (pattern.EndsWith(".*", StringComparison.Ordinal) && name.StartsWith(pattern[..^1], StringComparison.Ordinal)));

    public static PreferHeader Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
            return None;
        var result = None;
        foreach (var preference in SplitOutsideQuotes(header))
        {
            var (name, value) = SplitPair(preference);
            result = name switch
            {
                "return" when value == "representation" => result with { ReturnRepresentation = true },
                "odata.maxpagesize" when int.TryParse(value, out var size) && size > 0 => result with { MaxPageSize = size },
                "odata.continue-on-error" => result with { ContinueOnError = true },
                "odata.track-changes" => result with { TrackChanges = true },
                "odata.include-annotations" => result with { Annotations = [.. value.Split(',', StringSplitOptions.TrimEntries)] },
                _ => result,
            };
        }
        return result;
    }

    private static (string Name, string Value) SplitPair(string preference)
    {
        var equals = preference.IndexOf('=', StringComparison.Ordinal);
        return equals < 0
            ? (preference.Trim(), "")
            : (preference[..equals].Trim(), preference[(equals + 1)..].Trim().Trim('"'));
    }

    private static IEnumerable<string> SplitOutsideQuotes(string header)
    {
        var start = 0;
        var quoted = false;
        for (var i = 0; i < header.Length; i++)
        {
            if (header[i] == '"')
                quoted = !quoted;
            else if (header[i] == ',' && !quoted)
            {
                yield return header[start..i];
                start = i + 1;
            }
        }
        yield return header[start..];
    }
}
