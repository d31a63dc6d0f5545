using System.Text;
using System.Text.Unicode;

namespace Keepage.Connectors.Ehr.Hl7v2.Wire;

/// <summary>
/// Turns one message's bytes into text: delimiters from MSH-1/MSH-2, the character set from MSH-18 (else the
/// configured default), then every line checked for binary content, valid encoding, a segment ID and the field limit.
/// The problem it reports names what is wrong, never a value.
/// </summary>
internal static class Hl7v2MessageDecoder
{
    public static Hl7v2Message? Decode(RawMessage raw, Hl7v2ReaderOptions options, out string? problem)
    {
        problem = raw.Problem;
        if (problem is not null)
            return null;
        // MSH up to MSH-18 is ASCII in every supported character set, so Latin-1 reads it byte for byte.
        var header = Encoding.Latin1.GetString(raw.Lines[0]);
        if (!Hl7v2Delimiters.TryRead(header, out var delimiters, out problem))
            return null;
        if (!TryCharset(new Hl7v2Segment(header, delimiters, Encoding.Latin1), options, out var charset))
        {
            problem = "MSH-18 character encoding is not supported (ASCII, 8859/1 and UNICODE UTF-8 are)";
            return null;
        }
        var lines = new string[raw.Lines.Count];
        for (var i = 0; i < lines.Length && problem is null; i++)
            lines[i] = DecodeLine(raw.Lines[i], i + 1, delimiters, charset, options, out problem) ?? "";
        return problem is null ? new Hl7v2Message(lines, delimiters, charset) : null;
    }

    private static bool TryCharset(Hl7v2Segment header, Hl7v2ReaderOptions options, out Encoding charset)
    {
        charset = Encoding.UTF8;
        if (!header.Field(18).Repetition(1).Component(1).TryText(out var name))
            return false;
        return Hl7v2CharacterSets.TryResolve(string.IsNullOrWhiteSpace(name) ? options.DefaultCharacterSet : name, out charset);
    }

    private static string? DecodeLine(
        byte[] bytes, int number, Hl7v2Delimiters delimiters, Encoding charset, Hl7v2ReaderOptions options, out string? problem)
    {
        problem = bytes.AsSpan().Contains((byte)0) ? "the message holds binary content (NUL bytes)"
            : charset is UTF8Encoding && !Utf8.IsValid(bytes) ? "the message is not valid UTF-8: declare its encoding in MSH-18"
            : null;
        if (problem is not null)
            return null;
        var line = charset.GetString(bytes);
        if (!HasSegmentId(line, delimiters.Field))
            problem = $"segment {number} is not valid (no segment ID)";
        else if (line.AsSpan().Count(delimiters.Field) >= options.MaxFieldsPerSegment)
            problem = $"segment {number} has too many fields (more than {options.MaxFieldsPerSegment})";
        return line;
    }

    private static bool HasSegmentId(string line, char field) =>
        line.Length >= 3
        && char.IsAsciiLetterUpper(line[0])
        && IsIdCharacter(line[1])
        && IsIdCharacter(line[2])
        && (line.Length == 3 || line[3] == field);

    private static bool IsIdCharacter(char c) => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c);
}
