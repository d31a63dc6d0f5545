namespace Keepage.Emulators.Dataverse.Batch;

/// <summary>
/// Reads multipart/mixed bodies (RFC 2046). The docs store $batch samples with LF while the wire uses CRLF,
/// so both are accepted; the boundary may be quoted or not (wire spec A8).
/// </summary>
internal static class MultipartReader
{
    public static string? Boundary(string? contentType)
    {
        if (contentType is null || !contentType.TrimStart().StartsWith("multipart/mixed", StringComparison.OrdinalIgnoreCase))
            return null;
        return contentType.Split(';', StringSplitOptions.TrimEntries)
            .Where(p => p.StartsWith("boundary=", StringComparison.OrdinalIgnoreCase))
            .Select(p => p["boundary=".Length..].Trim('"'))
            .FirstOrDefault();
    }

    public static List<MimePart> Read(string body, string boundary)
    {
        var parts = new List<MimePart>();
        List<string>? current = null;
        foreach (var line in Lines(body))
        {
            var trimmed = line.TrimEnd();
            if (trimmed == $"--{boundary}" || trimmed == $"--{boundary}--")
            {
                if (current is not null)
                    parts.Add(ToPart(current));
                if (trimmed == $"--{boundary}--")
                    return parts;
                current = [];
            }
            else
            {
                current?.Add(line);
            }
        }
        throw new FormatException("The multipart body has no closing boundary.");
    }

    /// <summary>Splits text into headers (up to the first blank line) and the rest, for MIME parts and HTTP messages.</summary>
    public static (Dictionary<string, string> Headers, List<string> Remainder) SplitHeaders(IEnumerable<string> lines)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var rest = new List<string>();
        var inHeaders = true;
        foreach (var line in lines)
        {
            if (inHeaders && line.Length == 0)
                inHeaders = false;
            else if (inHeaders && line.IndexOf(':', StringComparison.Ordinal) is var colon and > 0)
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            else if (!inHeaders)
                rest.Add(line);
        }
        return (headers, rest);
    }

    public static IEnumerable<string> Lines(string text) => text.Split('\n').Select(l => l.TrimEnd('\r'));

    private static MimePart ToPart(List<string> lines)
    {
        var (headers, rest) = SplitHeaders(lines);
        while (rest.Count > 0 && rest[^1].Length == 0)
            rest.RemoveAt(rest.Count - 1);
        return new MimePart(headers, string.Join("\r\n", rest));
    }
}
