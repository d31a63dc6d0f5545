using Keepage.Emulators.Salesforce.Http;

namespace Keepage.Emulators.Salesforce.Soql;

/// <summary>
/// Date literals: <c>2024-01-01</c>, <c>2024-01-01T00:00:00Z</c> (or <c>±hh:mm</c>), and the relative ones
/// (<c>TODAY</c>, <c>YESTERDAY</c>, <c>TOMORROW</c>, <c>THIS_MONTH</c>, <c>LAST_MONTH</c>, <c>LAST_N_DAYS:n</c>, <c>NEXT_N_DAYS:n</c>), in UTC.
/// </summary>
internal static class DateLiterals
{
    public static DateRangeValue Absolute(SoqlToken token)
    {
        if (token.Kind == SoqlTokenKind.Date && WireFormat.TryParseDate(token.Text, out var date))
            return Day(date, 1);
        if (token.Kind == SoqlTokenKind.DateTime && (token.Text.EndsWith('Z') || token.Text.Length > 19 && token.Text[^6] is '+' or '-')
            && WireFormat.TryParseDateTime(token.Text, out var at))
            return new DateRangeValue(at, at.AddTicks(1), IsDateOnly: false);
        throw SoqlError.Malformed($"line 1:{token.Column - 1} no viable alternative at character '{token.Text}'");
    }

    public static DateRangeValue Relative(SoqlToken token, int? n, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var month = new DateOnly(today.Year, today.Month, 1);
        return (token.Text.ToUpperInvariant(), n) switch
        {
            ("TODAY", null) => Day(today, 1),
            ("YESTERDAY", null) => Day(today.AddDays(-1), 1),
            ("TOMORROW", null) => Day(today.AddDays(1), 1),
            ("THIS_MONTH", null) => Range(month, month.AddMonths(1)),
            ("LAST_MONTH", null) => Range(month.AddMonths(-1), month),
            ("NEXT_MONTH", null) => Range(month.AddMonths(1), month.AddMonths(2)),
            ("LAST_N_DAYS", { } days) => Range(today.AddDays(-days), today.AddDays(1)),
            ("NEXT_N_DAYS", { } days) => Range(today.AddDays(1), today.AddDays(days + 1)),
            _ => throw SoqlError.UnexpectedToken(token),
        };
    }

    private static DateRangeValue Day(DateOnly date, int days) => Range(date, date.AddDays(days));

    private static DateRangeValue Range(DateOnly start, DateOnly end) =>
        new(new DateTimeOffset(start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), new DateTimeOffset(end.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), IsDateOnly: true);
}
