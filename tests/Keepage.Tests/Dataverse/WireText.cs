using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Keepage.Tests.Dataverse;

/// <summary>
/// Makes recorded and emulated wire text comparable: ids, ETag versions and the org address become placeholders;
/// a multipart $batch body becomes a tree of parts whose JSON bodies compare structurally.
/// </summary>
internal static partial class WireText
{
    public static string Normalize(string text)
    {
        text = ApiRoot().Replace(text, "{api}/");
        text = GuidPattern().Replace(text, "{id}");
        return ETagPattern().Replace(text, "W/\\\"{v}\\\"");
    }

    public static JsonNode? NormalizeJson(string json) => JsonNode.Parse(Normalize(json));

    public sealed record Part(IReadOnlyList<string> MimeHeaders, IReadOnlyList<Part> Children, string StatusLine, IReadOnlyList<string> Headers, string Body);

    public static List<Part> ParseMultipart(string body, string boundary)
    {
        var parts = new List<Part>();
        var lines = body.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        List<string>? current = null;
        foreach (var line in lines)
        {
            if (line.TrimEnd() == $"--{boundary}" || line.TrimEnd() == $"--{boundary}--")
            {
                if (current is not null)
                    parts.Add(ToPart(current));
                current = line.TrimEnd().EndsWith("--", StringComparison.Ordinal) ? null : [];
                if (current is null)
                    break;
            }
            else
            {
                current?.Add(line);
            }
        }
        return parts;
    }

    private static Part ToPart(List<string> lines)
    {
        var blank = lines.IndexOf("");
        var mime = lines.Take(blank).ToList();
        var rest = lines.Skip(blank + 1).ToList();
        var nested = mime.Select(h => h.Split("boundary=", 2)).FirstOrDefault(p => p.Length == 2)?[1].Trim('"');
        if (nested is not null)
            return new Part(mime, ParseMultipart(string.Join("\n", rest), nested), "", [], "");
        var start = rest.FindIndex(l => l.Length > 0);
        var headerEnd = rest.IndexOf("", start);
        var headers = rest.Skip(start + 1).Take(headerEnd - start - 1).ToList();
        return new Part(mime, [], rest[start], headers, string.Join("\n", rest.Skip(headerEnd + 1)).Trim());
    }

    /// <summary>Asserts two part trees match: MIME headers, status lines, header names in order, normalized bodies.</summary>
    public static void AssertSameParts(IReadOnlyList<Part> expected, IReadOnlyList<Part> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        foreach (var (want, got) in expected.Zip(actual))
        {
            Assert.Equal(want.MimeHeaders.Select(Normalize), got.MimeHeaders.Select(Normalize));
            AssertSameParts(want.Children, got.Children);
            Assert.Equal(want.StatusLine, got.StatusLine);
            Assert.Equal(Names(want.Headers), Names(got.Headers));
            if (want.Body.StartsWith('{'))
                Assert.True(JsonNode.DeepEquals(NormalizeJson(want.Body), NormalizeJson(got.Body)), $"Expected {want.Body}\nActual {got.Body}");
            else
                Assert.Equal(want.Body, got.Body);
        }
    }

    private static IEnumerable<string> Names(IEnumerable<string> headers) => headers.Select(h => h[..h.IndexOf(':', StringComparison.Ordinal)]);

    [GeneratedRegex(@"(https?://[^/\s""]+)?/api/data/v9\.[0-2]/")]
    private static partial Regex ApiRoot();

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex GuidPattern();

    [GeneratedRegex(@"W/\\""[0-9]+\\""")]
    private static partial Regex ETagPattern();
}
