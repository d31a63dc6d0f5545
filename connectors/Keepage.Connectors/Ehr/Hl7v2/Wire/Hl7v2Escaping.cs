using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace Keepage.Connectors.Ehr.Hl7v2.Wire;

/// <summary>
/// HL7 v2 escape sequences (v2.5.1 chapter 2.7). Values are unescaped only after splitting on delimiters, so an
/// escaped separator never splits a value. <c>\H\ \N\</c> (highlighting), <c>\Cxxyy\ \Mxxyyzz\</c> (character-set
/// switches Keepage does not honour) and <c>\Z..\</c> (locally defined) are dropped; formatting commands become line
/// breaks or spaces. A sequence that is unterminated, unknown or malformed makes the value unreadable.
/// </summary>
internal static class Hl7v2Escaping
{
    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789ABCDEFabcdef");

    /// <summary>
    /// Writes a value so it reads back unchanged: delimiters as \F\ \S\ \T\ \R\ \E\ (\P\), control characters
    /// (which would end a segment or an MLLP frame) and a literal <c>""</c> (the HL7 null) as \Xhh\.
    /// </summary>
    public static string Escape(string value, Hl7v2Delimiters delimiters)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value == "\"\"")
            return $"{delimiters.Escape}X2222{delimiters.Escape}";
        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            var code = c == delimiters.Escape ? "E"
                : c == delimiters.Field ? "F"
                : c == delimiters.Component ? "S"
                : c == delimiters.Subcomponent ? "T"
                : c == delimiters.Repetition ? "R"
                : c == delimiters.Truncation ? "P"
                : char.IsControl(c) && c is not '\t' and < (char)0x80 ? "X" + ((int)c).ToString("X2", CultureInfo.InvariantCulture)
                : null;
            if (code is null)
                builder.Append(c);
            else
                builder.Append(delimiters.Escape).Append(code).Append(delimiters.Escape);
        }
        return builder.ToString();
    }

    public static bool TryUnescape(ReadOnlySpan<char> raw, Hl7v2Delimiters delimiters, Encoding charset, out string text)
    {
        if (!raw.Contains(delimiters.Escape))
        {
            text = raw.ToString();
            return true;
        }
        var builder = new StringBuilder(raw.Length);
        text = "";
        while (!raw.IsEmpty)
        {
            var start = raw.IndexOf(delimiters.Escape);
            if (start < 0)
            {
                builder.Append(raw);
                break;
            }
            builder.Append(raw[..start]);
            var length = raw[(start + 1)..].IndexOf(delimiters.Escape);
            if (length <= 0 || !TryAppend(raw.Slice(start + 1, length), delimiters, charset, builder))
                return false;
            raw = raw[(start + length + 2)..];
        }
        text = builder.ToString();
        return true;
    }

    private static bool TryAppend(ReadOnlySpan<char> sequence, Hl7v2Delimiters delimiters, Encoding charset, StringBuilder builder)
    {
        if (sequence.Length == 1 && Single(sequence[0], delimiters) is { } single)
        {
            builder.Append(single);
            return true;
        }
        return sequence[0] switch
        {
            'H' or 'N' => sequence.Length == 1,
            'X' => TryAppendHex(sequence[1..], charset, builder),
            'C' => sequence.Length == 5 && sequence[1..].ContainsAnyExcept(HexDigits) is false,
            'M' => sequence.Length is 5 or 7 && sequence[1..].ContainsAnyExcept(HexDigits) is false,
            'Z' => true,
            '.' => TryAppendFormatting(sequence[1..], builder),
            _ => false,
        };
    }

    private static char? Single(char code, Hl7v2Delimiters delimiters) => code switch
    {
        'F' => delimiters.Field,
        'S' => delimiters.Component,
        'T' => delimiters.Subcomponent,
        'R' => delimiters.Repetition,
        'E' => delimiters.Escape,
        'P' => delimiters.Truncation,
        _ => null,
    };

    private static bool TryAppendHex(ReadOnlySpan<char> hex, Encoding charset, StringBuilder builder)
    {
        if (hex.IsEmpty || hex.Length % 2 != 0 || hex.ContainsAnyExcept(HexDigits))
            return false;
        var bytes = new byte[hex.Length / 2];
        for (var i = 0; i < bytes.Length; i++)
            bytes[i] = byte.Parse(hex.Slice(i * 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        if (charset is UTF8Encoding && !Utf8.IsValid(bytes))
            return false;
        builder.Append(charset.GetString(bytes));
        return true;
    }

    // Formatting commands of FT/TX fields: .br and .sp break the line; the layout hints carry no text.
    private static bool TryAppendFormatting(ReadOnlySpan<char> command, StringBuilder builder)
    {
        if (command.Length < 2)
            return false;
        var name = command[..2];
        var argument = command[2..];
        if (name is "br" or "ce" or "fi" or "nf" && argument.IsEmpty)
        {
            builder.Append(name is "br" ? "\n" : "");
            return true;
        }
        if (name is "sp" or "in" or "ti" or "sk" && IsCount(argument))
        {
            builder.Append(name switch { "sp" => "\n", "sk" => " ", _ => "" });
            return true;
        }
        return false;
    }

    private static bool IsCount(ReadOnlySpan<char> argument) =>
        argument.IsEmpty || (argument.TrimStart("+-").Length is > 0 and <= 4 && !argument.TrimStart("+-").ContainsAnyExceptInRange('0', '9'));
}
