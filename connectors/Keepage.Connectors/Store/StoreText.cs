using System.Globalization;

namespace Keepage.Connectors.Store;

/// <summary>How values are written as SQLite text: ISO dates, ISO 8601 UTC timestamps, invariant decimals.</summary>
internal static class StoreText
{
    private const string DateFormat = "yyyy-MM-dd";
    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string Date(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static string? Date(DateOnly? date) => date is { } value ? Date(value) : null;

    public static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture);

    public static DateOnly? ParseNullableDate(string? text) => text is null ? null : ParseDate(text);

    public static string Timestamp(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture);

    public static string? Timestamp(DateTimeOffset? instant) => instant is { } value ? Timestamp(value) : null;

    public static DateTimeOffset ParseTimestamp(string text) =>
        DateTimeOffset.ParseExact(text, TimestampFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public static DateTimeOffset? ParseNullableTimestamp(string? text) => text is null ? null : ParseTimestamp(text);

    public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string? Decimal(decimal? value) => value is { } number ? Decimal(number) : null;

    public static decimal ParseDecimal(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    public static decimal? ParseNullableDecimal(string? text) => text is null ? null : ParseDecimal(text);
}
