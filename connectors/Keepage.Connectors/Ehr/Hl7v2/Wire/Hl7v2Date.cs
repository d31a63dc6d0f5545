namespace Keepage.Connectors.Ehr.Hl7v2.Wire;

/// <summary>
/// HL7 DTM/TS values, <c>YYYYMMDD[HH[MM[SS[.S[S[S[S]]]]]]][+/-ZZZZ]</c>, read as the calendar date the sender wrote.
/// The offset is checked but not applied: converting to UTC would move an evening referral to the next day.
/// A value without a day (YYYY or YYYYMM) is not a date for Keepage's purposes.
/// </summary>
internal static class Hl7v2Date
{
    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        text = text.Trim();
        var sign = text.IndexOfAny('+', '-');
        if (sign >= 0 && !IsOffset(text[sign..]))
            return false;
        var stamp = sign >= 0 ? text[..sign] : text;
        var dot = stamp.IndexOf('.');
        if (dot >= 0 && (dot != 14 || !IsDigits(stamp[(dot + 1)..], 1, 4)))
            return false;
        var digits = dot >= 0 ? stamp[..dot] : stamp;
        if (digits.Length is not (8 or 10 or 12 or 14) || !IsDigits(digits, digits.Length, digits.Length))
            return false;
        var year = Number(digits, 0, 4);
        var month = Number(digits, 4, 2);
        var day = Number(digits, 6, 2);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;
        if (!IsTime(digits[8..]))
            return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool IsTime(ReadOnlySpan<char> time) =>
        (time.Length < 2 || Number(time, 0, 2) <= 23)
        && (time.Length < 4 || Number(time, 2, 2) <= 59)
        && (time.Length < 6 || Number(time, 4, 2) <= 59);

    private static bool IsOffset(ReadOnlySpan<char> offset) =>
        offset.Length == 5 && IsDigits(offset[1..], 4, 4) && Number(offset, 1, 2) <= 14 && Number(offset, 3, 2) <= 59;

    private static bool IsDigits(ReadOnlySpan<char> text, int min, int max) =>
        text.Length >= min && text.Length <= max && !text.ContainsAnyExceptInRange('0', '9');

    private static int Number(ReadOnlySpan<char> text, int start, int length)
    {
        var value = 0;
        foreach (var c in text.Slice(start, length))
            value = value * 10 + (c - '0');
        return value;
    }
}
