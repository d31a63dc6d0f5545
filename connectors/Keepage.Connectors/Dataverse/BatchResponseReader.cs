using System.Globalization;

namespace Keepage.Connectors.Dataverse;

/// <summary>
/// Reads a multipart/mixed $batch response into its inner responses, in order, flattening change sets. Accepts
/// CRLF or LF and quoted or unquoted boundaries (the recorded change-set boundary is unquoted; wire spec A8).
/// </summary>
internal static class BatchResponseReader
{
    public static List<BatchPartResponse> Read(string body, string boundary)
    {
        var responses = new List<BatchPartResponse>();
        foreach (var part in Parts(body, boundary))
        {
            var (headers, content) = SplitHeaders(part);
            if (Boundary(headers.GetValueOrDefault("Content-Type")) is { } nested)
                responses.AddRange(Read(string.Join("\n", content), nested));
            else
                responses.Add(ParseResponse(content));
        }
        return responses;
    }

    public static string? Boundary(string? contentType) =>
        contentType?.Split(';', StringSplitOptions.TrimEntries)
            .Where(p => p.StartsWith("boundary=", StringComparison.OrdinalIgnoreCase))
            .Select(p => p["boundary=".Length..].Trim('"'))
            .FirstOrDefault();

    private static IEnumerable<List<string>> Parts(string body, string boundary)
    {
        List<string>? current = null;
        foreach (var line in body.Split('\n').Select(l => l.TrimEnd('\r')))
        {
            var trimmed = line.TrimEnd();
            if (trimmed == $"--{boundary}" || trimmed == $"--{boundary}--")
            {
                if (current is not null)
                    yield return current;
                if (trimmed == $"--{boundary}--")
                    yield break;
                current = [];
            }
            else
            {
                current?.Add(line);
            }
        }
    }

    private static BatchPartResponse ParseResponse(List<string> lines)
    {
        var statusLine = lines.SkipWhile(l => l.Length == 0).FirstOrDefault() ?? "";
        var fields = statusLine.Split(' ', 3);
        var status = fields.Length > 1 && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var code) ? code : 0;
        var (headers, body) = SplitHeaders(lines.SkipWhile(l => l.Length == 0).Skip(1));
        return new BatchPartResponse(status, headers, string.Join("\n", body).Trim());
    }

    private static (Dictionary<string, string> Headers, List<string> Content) SplitHeaders(IEnumerable<string> lines)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var content = new List<string>();
        var inHeaders = true;
        foreach (var line in lines)
        {
            if (inHeaders && line.Length == 0)
                inHeaders = false;
            else if (inHeaders && line.IndexOf(':', StringComparison.Ordinal) is var colon and > 0)
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            else if (!inHeaders)
                content.Add(line);
        }
        return (headers, content);
    }
}
