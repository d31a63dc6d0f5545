using System.Globalization;
using System.Text.Json;

namespace Keepage.Connectors.Salesforce.Reads;

/// <summary>Reads fields of a queried record: text, and Salesforce dates (<c>2024-05-01</c>, <c>…T10:00:00.000+0000</c>).</summary>
internal static class RecordValues
{
    public static string? Text(JsonElement record, string field)
    {
        var current = record;
        foreach (var part in field.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(part, out current))
                return null;
        }
        return current.ValueKind switch
        {
            JsonValueKind.String => current.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => current.GetRawText(),
            _ => null,
        };
    }

    public static DateTimeOffset? Instant(JsonElement record, string field)
    {
        if (Text(record, field) is not { } text)
            return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        // .NET wants a colon in the offset; Salesforce writes +0000 (wire spec B2).
        if (text.Length > 5 && text[^5] is '+' or '-')
            text = text[..^2] + ":" + text[^2..];
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;
    }

    /// <summary>What an id points at, from its key prefix: 003 Contact, 001 Account, 00Q Lead (wire spec B2).</summary>
    public static string? TableOf(string? id) => id?.Length >= 3 ? id[..3] switch
    {
        "003" => "contact",
        "001" => "account",
        "00Q" => "lead",
        _ => null,
    } : null;
}
