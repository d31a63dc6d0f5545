using System.Text;

namespace Keepage.Connectors.Ehr.Hl7v2.Wire;

/// <summary>
/// One segment split into its fields. Numbering follows the standard: for MSH, field 1 is the field separator itself
/// and field 2 the encoding characters, so MSH-9 is the message type in every message.
/// </summary>
internal sealed class Hl7v2Segment
{
    private readonly ReadOnlyMemory<char>[] _fields;
    private readonly Hl7v2Delimiters _delimiters;
    private readonly Encoding _charset;

    public Hl7v2Segment(string line, Hl7v2Delimiters delimiters, Encoding charset)
    {
        ArgumentNullException.ThrowIfNull(line);
        _delimiters = delimiters;
        _charset = charset;
        Id = line.Length >= 3 ? line[..3] : line;
        _fields = Split(line.AsMemory(), delimiters.Field, Id is "MSH" or "FHS" or "BHS");
    }

    public string Id { get; }

    /// <summary>The number of the last field present.</summary>
    public int FieldCount => _fields.Length - 1;

    public Hl7v2Value Field(int number) =>
        new(number > 0 && number < _fields.Length ? _fields[number] : ReadOnlyMemory<char>.Empty, _delimiters, _charset);

    private static ReadOnlyMemory<char>[] Split(ReadOnlyMemory<char> line, char separator, bool isHeader)
    {
        var count = line.Span.Count(separator) + 1;
        var fields = new List<ReadOnlyMemory<char>>(count + 1);
        var rest = line;
        while (true)
        {
            var next = rest.Span.IndexOf(separator);
            fields.Add(next < 0 ? rest : rest[..next]);
            if (next < 0)
                break;
            rest = rest[(next + 1)..];
        }
        // MSH-1 (FHS-1, BHS-1) is the separator between the ID and field 2, so it has no place in the split; put it back.
        if (isHeader && line.Length > 3)
            fields.Insert(1, line.Slice(3, 1));
        return [.. fields];
    }
}
