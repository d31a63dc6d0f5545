namespace Keepage.Emulators.Dataverse.Query;

/// <summary>Splits a raw query string into decoded name/value pairs, keeping each pair's raw text for nextLinks.</summary>
internal static class QueryString
{
    public static IEnumerable<(string Name, string Value, string Raw)> Parse(string rawQuery)
    {
        foreach (var raw in rawQuery.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = raw.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? raw : raw[..equals];
            var value = equals < 0 ? "" : raw[(equals + 1)..];
            yield return (Decode(name), Decode(value), raw);
        }
    }

    // Form decoding, as ASP.NET does for Dataverse: '+' is a space, so clients must send %2B (wire spec A3).
    public static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
