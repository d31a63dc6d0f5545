using System.Globalization;
using Keepage.Core.Referrals;

namespace Keepage.Mapping;

/// <summary>Parses canonical text (after a profile's value map) into typed values; shared by the mapper and the loader.</summary>
internal static class CanonicalValues
{
    private static readonly DateOnly ProbeDate = new(2001, 2, 3);

    public static bool TryParseDate(string text, IReadOnlyList<string> formats, out DateOnly date)
    {
        // DateTimeOffset keeps the clock time as written (no local-time shift), so an Epic-style
        // "1/9/2020 12:00:00 AM" or an ISO timestamp with an offset keeps the date the source wrote.
        var parsed = DateTimeOffset.TryParseExact(
            text, [.. formats], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value);
        date = parsed ? DateOnly.FromDateTime(value.DateTime) : default;
        return parsed;
    }

    /// <summary>An empty status means the export has not decided yet: pending.</summary>
    public static bool TryParseStatus(string? text, out ReferralStatus status)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            status = ReferralStatus.Pending;
            return true;
        }
        return ReferralStatuses.TryParse(text, out status);
    }

    public static bool TryParseInNetwork(string? text, out bool? inNetwork)
    {
        inNetwork = null;
        if (string.IsNullOrWhiteSpace(text))
            return true;
        if (!bool.TryParse(text.Trim(), out var value))
            return false;
        inNetwork = value;
        return true;
    }

    /// <summary>A usable date format writes a whole date and reads it back unchanged.</summary>
    public static bool IsUsableDateFormat(string format)
    {
        try
        {
            var text = ProbeDate.ToDateTime(new TimeOnly(4, 5, 6)).ToString(format, CultureInfo.InvariantCulture);
            return TryParseDate(text, [format], out var date) && date == ProbeDate;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
