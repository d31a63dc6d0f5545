using System.Buffers;

namespace Keepage.Connectors.Ehr.Csv;

/// <summary>
/// Passes text through to the CSV parser while counting the characters of the current row (line ends inside quotes
/// belong to the row). Past <see cref="CsvLimits.MaxRowChars"/> it ends the text there, before the parser buffers an
/// unbounded row, and sets <see cref="Exceeded"/>: the parser's last row is then the cut one and must be dropped.
/// </summary>
internal sealed class CsvRowLimiter(TextReader inner, int maxRowChars) : TextReader
{
    private static readonly SearchValues<char> Specials = SearchValues.Create("\"\r\n");
    private long _rowChars;
    private bool _inQuotes;

    public bool Exceeded { get; private set; }

    public string Problem => $"a row is longer than {maxRowChars} characters (an unclosed quote?)";

    public override int Peek() => Exceeded ? -1 : inner.Peek();

    public override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 0 ? -1 : one[0];
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer) => Exceeded ? 0 : Track(buffer[..inner.Read(buffer)]);

    public override Task<int> ReadAsync(char[] buffer, int index, int count) =>
        ReadAsync(buffer.AsMemory(index, count)).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
    {
        if (Exceeded)
            return 0;
        var read = await inner.ReadAsync(buffer, cancellationToken);
        return Track(buffer.Span[..read]);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            inner.Dispose();
        base.Dispose(disposing);
    }

    // Returns how many of the characters to pass on: all of them, or those before the row broke the limit.
    private int Track(ReadOnlySpan<char> chars)
    {
        var passed = 0;
        while (passed < chars.Length)
        {
            var rest = chars[passed..];
            var next = rest.IndexOfAny(Specials);
            var run = next < 0 ? rest.Length : next;
            if (_rowChars + run > maxRowChars)
            {
                Exceeded = true;
                return passed + (int)(maxRowChars - _rowChars);
            }
            _rowChars += run;
            if (next < 0)
                return chars.Length;
            if (rest[next] == '"')
                _inQuotes = !_inQuotes;
            _rowChars = rest[next] == '"' || _inQuotes ? _rowChars + 1 : 0;
            passed += next + 1;
        }
        return passed;
    }
}
