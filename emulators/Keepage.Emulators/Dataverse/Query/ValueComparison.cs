using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Keepage.Emulators.Dataverse.Storage;

namespace Keepage.Emulators.Dataverse.Query;

/// <summary>
/// Compares a column's value with a literal. Text compares case-insensitively ("All filter conditions for string
/// values are case insensitive"); guids and dates stored as text compare by value. Null means "not comparable".
/// </summary>
internal static class ValueComparison
{
    public static FilterLiteral FromColumn(JsonNode? node) => ColumnValue.Kind(node) switch
    {
        JsonValueKind.String => new(LiteralKind.String, node!.GetValue<string>()),
        JsonValueKind.Number when ColumnValue.TryGetDecimal(node, out var number) => new(LiteralKind.Number, number),
        JsonValueKind.True => new(LiteralKind.Boolean, true),
        JsonValueKind.False => new(LiteralKind.Boolean, false),
        _ => FilterLiteral.Null,
    };

    public static int? Compare(FilterLiteral left, FilterLiteral right)
    {
        if (left.Kind == LiteralKind.Null || right.Kind == LiteralKind.Null)
            return left.Kind == right.Kind ? 0 : null;
        if (left.Kind == right.Kind)
            return CompareSameKind(left, right);
        if (left.Kind == LiteralKind.String)
            return Coerce((string)left.Value!, right.Kind) is { } coerced ? CompareSameKind(coerced, right) : null;
        if (right.Kind == LiteralKind.String)
            return Coerce((string)right.Value!, left.Kind) is { } coerced ? CompareSameKind(left, coerced) : null;
        return null;
    }

    private static int CompareSameKind(FilterLiteral left, FilterLiteral right) => left.Kind switch
    {
        LiteralKind.String => string.Compare((string)left.Value!, (string)right.Value!, StringComparison.OrdinalIgnoreCase),
        LiteralKind.Number => ((decimal)left.Value!).CompareTo((decimal)right.Value!),
        LiteralKind.Boolean => ((bool)left.Value!).CompareTo((bool)right.Value!),
        LiteralKind.Guid => ((Guid)left.Value!).CompareTo((Guid)right.Value!),
        LiteralKind.DateTime => ((DateTimeOffset)left.Value!).CompareTo((DateTimeOffset)right.Value!),
        _ => 0,
    };

    private static FilterLiteral? Coerce(string text, LiteralKind kind) => kind switch
    {
        LiteralKind.Guid when Guid.TryParse(text, out var id) => new(LiteralKind.Guid, id),
        LiteralKind.DateTime when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            => new(LiteralKind.DateTime, at),
        _ => null,
    };
}
