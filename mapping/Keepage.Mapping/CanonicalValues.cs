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
        for (var i = 0; i < formats.Count; i++)
        {
            // The ISO date of canonical files is by far the commonest: parse it without the offset machinery.
            if (formats[i] == SourceProfile.IsoDateFormat)
            {
                if (DateOnly.TryParseExact(text, SourceProfile.IsoDateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
                    return true;
                continue;
            }
            if (DateTimeOffset.TryParseExact(text, formats[i], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
            {
                date = DateOnly.FromDateTime(value.DateTime);
                return true;
            }
        }
        date = default;
        return false;
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
