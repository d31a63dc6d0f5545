using System.Buffers;

namespace Keepage.Connectors.Ehr.Csv;

/// <summary>
/// Passes text through to the CSV parser while counting the characters of the current row (line ends inside quotes
/// belong to the row) and stops with <see cref="CsvLimitException"/> past <see cref="CsvLimits.MaxRowChars"/>, before
/// the parser buffers an unbounded row.
/// </summary>
internal sealed class CsvRowLimiter(TextReader inner, int maxRowChars) : TextReader
{
    private static readonly SearchValues<char> Specials = SearchValues.Create("\"\r\n");
    private long _rowChars;
    private bool _inQuotes;

    public override int Peek() => inner.Peek();

    public override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 0 ? -1 : one[0];
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var read = inner.Read(buffer);
        Track(buffer[..read]);
        return read;
    }

    public override Task<int> ReadAsync(char[] buffer, int index, int count) =>
        ReadAsync(buffer.AsMemory(index, count)).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        Track(buffer.Span[..read]);
        return read;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            inner.Dispose();
        base.Dispose(disposing);
    }

    private void Track(ReadOnlySpan<char> chars)
    {
        while (!chars.IsEmpty)
        {
            var next = chars.IndexOfAny(Specials);
            _rowChars += next < 0 ? chars.Length : next;
            if (_rowChars > maxRowChars)
                throw new CsvLimitException($"a row is longer than {maxRowChars} characters (an unclosed quote?)");
            if (next < 0)
                return;
            if (chars[next] == '"')
                _inQuotes = !_inQuotes;
            if (chars[next] == '"' || _inQuotes)
                _rowChars++;
            else
                _rowChars = 0;
            chars = chars[(next + 1)..];
        }
    }
}
