using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Keepage.Emulators.Salesforce.Http;

namespace Keepage.Emulators.Salesforce.Storage;

/// <summary>Converts a value from a request (JSON, or CSV text) to what the field stores, or the error Salesforce gives.</summary>
internal static class FieldValues
{
    public static (JsonNode? Value, ErrorItem? Error) Coerce(FieldDefinition field, JsonNode? value)
    {
        if (value is null)
            return (null, null);
        if (value is not JsonValue scalar)
            return (null, ParserError(field, value.GetValueKind().ToString().ToUpperInvariant()));
        var text = WireFormat.Text(scalar)!;
        return field.Type switch
        {
            "boolean" => bool.TryParse(text, out var flag) ? (JsonValue.Create(flag), null) : (null, ParserError(field, text)),
            "date" => Date(field, text),
            "datetime" => WireFormat.TryParseDateTime(text, out var at) ? (JsonValue.Create(WireFormat.DateTime(at)), null) : (null, ParserError(field, text)),
            "int" => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole) ? (JsonValue.Create(whole), null) : (null, ParserError(field, text)),
            "double" or "currency" or "percent" => decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? (JsonValue.Create(number), null)
                : (null, ParserError(field, text)),
            "reference" or "id" => Reference(field, text),
            _ => Text(field, text),
        };
    }

    private static (JsonNode?, ErrorItem?) Date(FieldDefinition field, string text)
    {
        if (WireFormat.TryParseDate(text, out var date))
            return (JsonValue.Create(WireFormat.Date(date)), null);
        return WireFormat.TryParseDateTime(text, out var at)
            ? (JsonValue.Create(WireFormat.Date(DateOnly.FromDateTime(at.UtcDateTime))), null)
            : (null, ParserError(field, text));
    }

    private static (JsonNode?, ErrorItem?) Reference(FieldDefinition field, string text) => RecordId.Normalize(text) is { } id
        ? (JsonValue.Create(id), null)
        : (null, new ErrorItem($"{field.Label}: id value of incorrect type: {text}", "MALFORMED_ID", [field.Name]));

    private static (JsonNode?, ErrorItem?) Text(FieldDefinition field, string text) => field.Length > 0 && text.Length > field.Length
        ? (null, new ErrorItem($"{field.Label}: data value too large: {text[..Math.Min(text.Length, 40)]} (max length={field.Length})", "STRING_TOO_LONG", [field.Name]))
        : (JsonValue.Create(text), null);

    // The JSON deserialiser's wording for a value of the wrong type.
    private static ErrorItem ParserError(FieldDefinition field, string value) => new(
        $"Cannot deserialize instance of {field.Type} from VALUE_STRING value {value} or request may be missing a required field",
        "JSON_PARSER_ERROR");

    public static bool IsNull(JsonNode? node) => node is null || node.GetValueKind() == JsonValueKind.Null;
}
