using System.Text;

namespace Keepage.Connectors.Ehr.Hl7v2.Wire;

/// <summary>
/// One decoded message: its segment lines in order, split into fields only when a mapper asks for that segment, so
/// the OBX and NTE segments nobody reads cost nothing. The first line is always MSH.
/// </summary>
internal sealed class Hl7v2Message(IReadOnlyList<string> lines, Hl7v2Delimiters delimiters, Encoding charset)
{
    private readonly Hl7v2Segment?[] _segments = new Hl7v2Segment?[lines.Count];

    public Hl7v2Delimiters Delimiters => delimiters;

    public Encoding Charset => charset;

    public int SegmentCount => lines.Count;

    public Hl7v2Segment Header => Segment(0);

    public Hl7v2Segment Segment(int index) => _segments[index] ??= new Hl7v2Segment(lines[index], delimiters, charset);

    public string SegmentId(int index) => lines[index].Length >= 3 ? lines[index][..3] : lines[index];

    public Hl7v2Segment? First(string id) => All(id).FirstOrDefault();

    public IEnumerable<Hl7v2Segment> All(string id)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].StartsWith(id, StringComparison.Ordinal))
                yield return Segment(i);
        }
    }

    /// <summary>The first segment with this ID after the one at <paramref name="index"/> and before the next <paramref name="stopId"/>.</summary>
    public Hl7v2Segment? Following(int index, string id, string stopId)
    {
        for (var i = index + 1; i < lines.Count && !lines[i].StartsWith(stopId, StringComparison.Ordinal); i++)
        {
            if (lines[i].StartsWith(id, StringComparison.Ordinal))
                return Segment(i);
        }
        return null;
    }

    public int IndexOf(string id)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].StartsWith(id, StringComparison.Ordinal))
                return i;
        }
        return -1;
    }
}
