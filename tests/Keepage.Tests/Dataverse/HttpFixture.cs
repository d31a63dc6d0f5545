namespace Keepage.Tests.Dataverse;

/// <summary>
/// A recorded HTTP message from the docs (<c>*.http</c>): start line, headers, body. The docs write the org as
/// <c>[Organization URI]</c> (either casing); <see cref="Parse"/> puts a real address in its place.
/// </summary>
internal sealed record HttpFixture(string StartLine, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public int Status => int.Parse(StartLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);

    public static HttpFixture Parse(string text, string organization = "https://org.crm.dynamics.com")
    {
        text = text.Replace("[Organization URI]", organization, StringComparison.Ordinal)
            .Replace("[Organization Uri]", organization, StringComparison.Ordinal);
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).SkipWhile(l => l.Length == 0).ToList();
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var i = 1;
        for (; i < lines.Count && lines[i].Length > 0; i++)
        {
            var colon = lines[i].IndexOf(':', StringComparison.Ordinal);
            headers[lines[i][..colon].Trim()] = lines[i][(colon + 1)..].Trim();
        }
        return new HttpFixture(lines[0], headers, string.Join("\n", lines.Skip(i + 1)));
    }

    /// <summary>An exchange fixture: the request, a blank line, then the response starting with <c>HTTP/1.1</c>.</summary>
    public static (HttpFixture Request, HttpFixture Response) ParseExchange(string text)
    {
        var start = text.IndexOf("\nHTTP/1.1 ", StringComparison.Ordinal);
        return (Parse(text[..start]), Parse(text[(start + 1)..]));
    }
}
