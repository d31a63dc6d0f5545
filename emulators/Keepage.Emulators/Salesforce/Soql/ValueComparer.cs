using System.Globalization;
using System.Text.Json.Nodes;
using Keepage.Emulators.Salesforce.Http;
using Keepage.Emulators.Salesforce.Storage;

namespace Keepage.Emulators.Salesforce.Soql;

/// <summary>Compares stored values with literals and with each other by the field's type; text is case-insensitive.</summary>
internal static class ValueComparer
{
    public static bool Compare(FieldDefinition field, JsonNode? stored, string op, SoqlValue literal)
    {
        if (literal is NullValue)
            return op switch { "=" => FieldValues.IsNull(stored), "!=" => !FieldValues.IsNull(stored), _ => false };
        if (FieldValues.IsNull(stored))
            return op == "!=";
        if (literal is DateRangeValue range)
            return Instant(stored) is { } at && InRange(at, op, range);
        var order = CompareTo(field, stored, literal);
        return order is { } o && op switch
        {
            "=" => o == 0,
            "!=" => o != 0,
            "<" => o < 0,
            "<=" => o <= 0,
            ">" => o > 0,
            ">=" => o >= 0,
            _ => false,
        };
    }

    public static int Order(JsonNode? left, JsonNode? right)
    {
        if (left is JsonValue l && right is JsonValue r && l.TryGetValue<decimal>(out var a) && r.TryGetValue<decimal>(out var b))
            return a.CompareTo(b);
        return string.Compare(WireFormat.Text(left), WireFormat.Text(right), StringComparison.OrdinalIgnoreCase);
    }

    private static int? CompareTo(FieldDefinition field, JsonNode? stored, SoqlValue literal)
    {
        var text = WireFormat.Text(stored);
        return literal switch
        {
            NumberValue number when decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) => value.CompareTo(number.Number),
            BooleanValue flag when bool.TryParse(text, out var value) => value == flag.Flag ? 0 : 1,
            StringValue value when field.IsReference => string.Compare(RecordId.Normalize(text), RecordId.Normalize(value.Text) ?? value.Text, StringComparison.OrdinalIgnoreCase),
            StringValue value => string.Compare(text, value.Text, StringComparison.OrdinalIgnoreCase),
            _ => null,
        };
    }

    private static bool InRange(DateTimeOffset at, string op, DateRangeValue range) => op switch
    {
        "=" => at >= range.Start && at < range.End,
        "!=" => at < range.Start || at >= range.End,
        "<" => at < range.Start,
        "<=" => at < range.End,
        ">" => at >= range.End,
        ">=" => at >= range.Start,
        _ => false,
    };

    private static DateTimeOffset? Instant(JsonNode? stored) => WireFormat.Text(stored) is { } text
        ? WireFormat.TryParseDate(text, out var date)
            ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : WireFormat.TryParseDateTime(text, out var at) ? at : null
        : null;
}
