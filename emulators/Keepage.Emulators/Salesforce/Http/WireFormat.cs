using System.Globalization;
using System.Text.Json.Nodes;

namespace Keepage.Emulators.Salesforce.Http;

/// <summary>Salesforce's date and time text: <c>2013-04-04T20:52:22.000+0000</c> (no colon in the offset) and <c>2010-01-01</c>.</summary>
internal static class WireFormat
{
    public static string DateTime(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'+0000'", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static bool TryParseDateTime(string text, out DateTimeOffset at)
    {
        // .NET wants a colon in the offset; Salesforce writes +0000.
        if (text.Length > 5 && text[^5] is '+' or '-' && text[^4..].All(char.IsAsciiDigit))
            text = text[..^2] + ":" + text[^2..];
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out at);
    }

    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string? Text(JsonNode? node) => node is JsonValue value
        ? value.TryGetValue<string>(out var text) ? text : value.ToJsonString()
        : null;
}
