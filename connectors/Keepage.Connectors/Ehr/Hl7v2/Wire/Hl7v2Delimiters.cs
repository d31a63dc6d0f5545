namespace Keepage.Connectors.Ehr.Hl7v2.Wire;

/// <summary>
/// The encoding characters a message declares in MSH-1 and MSH-2 (field, component, repetition, escape,
/// subcomponent, and from v2.7 an optional truncation character). Never assumed to be <c>|^~\&amp;</c>.
/// </summary>
internal readonly record struct Hl7v2Delimiters(
    char Field, char Component, char Repetition, char Escape, char Subcomponent, char? Truncation = null)
{
    public static Hl7v2Delimiters Standard { get; } = new('|', '^', '~', '\\', '&');

    public string EncodingCharacters =>
        Truncation is { } truncation
            ? $"{Component}{Repetition}{Escape}{Subcomponent}{truncation}"
            : $"{Component}{Repetition}{Escape}{Subcomponent}";

    /// <summary>Reads the delimiters from a header segment (MSH, FHS or BHS); the problem names the field at fault.</summary>
    public static bool TryRead(ReadOnlySpan<char> header, out Hl7v2Delimiters delimiters, out string? problem)
    {
        delimiters = Standard;
        var id = header.Length >= 3 ? header[..3].ToString() : "MSH";
        if (header.Length < 4 || !IsSeparator(header[3]))
        {
            problem = $"{id}-1 field separator is missing";
            return false;
        }
        var field = header[3];
        var rest = header[4..];
        var end = rest.IndexOf(field);
        var encoding = end < 0 ? rest : rest[..end];
        if (encoding.Length is < 4 or > 5 || !AreDistinctSeparators(encoding, field))
        {
            problem = $"{id}-2 delimiters are not valid (4 or 5 distinct separator characters)";
            return false;
        }
        delimiters = new(field, encoding[0], encoding[1], encoding[2], encoding[3], encoding.Length == 5 ? encoding[4] : null);
        problem = null;
        return true;
    }

    // Printable ASCII punctuation only: a letter, digit, space or control character as a delimiter would make
    // segment IDs and values ambiguous.
    private static bool IsSeparator(char c) => c is > ' ' and < (char)0x7F && !char.IsAsciiLetterOrDigit(c);

    private static bool AreDistinctSeparators(ReadOnlySpan<char> encoding, char field)
    {
        for (var i = 0; i < encoding.Length; i++)
        {
            if (!IsSeparator(encoding[i]) || encoding[i] == field || encoding[(i + 1)..].Contains(encoding[i]))
                return false;
        }
        return true;
    }
}
