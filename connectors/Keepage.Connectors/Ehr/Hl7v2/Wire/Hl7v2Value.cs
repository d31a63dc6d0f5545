using System.Text;

namespace Keepage.Connectors.Ehr.Hl7v2.Wire;

/// <summary>
/// A still-escaped piece of a segment: a field, one repetition, a component or a subcomponent. Positions are 1-based
/// as in the HL7 standard; a position past the end is an empty value, never an error.
/// </summary>
internal readonly struct Hl7v2Value(ReadOnlyMemory<char> raw, Hl7v2Delimiters delimiters, Encoding charset)
{
    public ReadOnlySpan<char> Raw => raw.Span;

    public bool IsEmpty => raw.IsEmpty;

    /// <summary>Two double quotes: the sender's explicit "no value" (delete), read as empty.</summary>
    public bool IsNull => raw.Span is "\"\"";

    public Hl7v2Value Repetition(int number) => Part(delimiters.Repetition, number);

    public Hl7v2Value Component(int number) => Part(delimiters.Component, number);

    public Hl7v2Value Subcomponent(int number) => Part(delimiters.Subcomponent, number);

    /// <summary>The first <paramref name="max"/> repetitions, in one pass (a field of a million '~' costs no more).</summary>
    public List<Hl7v2Value> Repetitions(int max)
    {
        var repetitions = new List<Hl7v2Value>();
        var rest = raw;
        while (repetitions.Count < max && !rest.IsEmpty)
        {
            var next = rest.Span.IndexOf(delimiters.Repetition);
            repetitions.Add(new(next < 0 ? rest : rest[..next], delimiters, charset));
            rest = next < 0 ? ReadOnlyMemory<char>.Empty : rest[(next + 1)..];
        }
        return repetitions;
    }

    /// <summary>The unescaped text, null when empty or the HL7 null; false when an escape sequence is broken.</summary>
    public bool TryText(out string? text)
    {
        text = null;
        if (raw.IsEmpty || IsNull)
            return true;
        if (!Hl7v2Escaping.TryUnescape(raw.Span, delimiters, charset, out var unescaped))
            return false;
        text = unescaped;
        return true;
    }

    private Hl7v2Value Part(char separator, int number)
    {
        var rest = raw;
        for (var i = 1; i < number; i++)
        {
            var next = rest.Span.IndexOf(separator);
            if (next < 0)
                return new(ReadOnlyMemory<char>.Empty, delimiters, charset);
            rest = rest[(next + 1)..];
        }
        var end = rest.Span.IndexOf(separator);
        return new(end < 0 ? rest : rest[..end], delimiters, charset);
    }
}
