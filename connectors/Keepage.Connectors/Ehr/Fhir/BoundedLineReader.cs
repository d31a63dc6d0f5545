namespace Keepage.Connectors.Ehr.Fhir;

/// <summary>
/// Reads a stream as LF-separated byte lines (a trailing CR is dropped) without holding more than one line plus a read
/// chunk. A line longer than the bound is skipped to its end and reported as too long, so one huge line cannot exhaust
/// memory and the lines after it are still read. A returned line is valid until the next call.
/// </summary>
internal sealed class BoundedLineReader(Stream stream, int maxLineBytes)
{
    private const int ChunkBytes = 64 * 1024;
    private byte[] _buffer = new byte[ChunkBytes];
    private int _start;
    private int _end;
    private bool _endOfStream;

    /// <summary>
    /// The start of the first line that is not blank (at most the line bound), without consuming anything, and whether
    /// that line ends within the bound. Empty when the stream holds only blank lines.
    /// </summary>
    public async ValueTask<FirstLine> PeekFirstContentLineAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var line = FirstContentLine(out var ended);
            if (line is { } found && (ended || _endOfStream || found.Length > maxLineBytes))
                return new FirstLine(found[..Math.Min(found.Length, maxLineBytes)], ended || (_endOfStream && found.Length <= maxLineBytes));
            if (_end - _start > maxLineBytes)
                return new FirstLine(ReadOnlyMemory<byte>.Empty, Ended: false);
            if (_endOfStream)
                return new FirstLine(ReadOnlyMemory<byte>.Empty, Ended: true);
            await FillAsync(cancellationToken);
        }
    }

    public async ValueTask<BoundedLine?> ReadLineAsync(CancellationToken cancellationToken)
    {
        var tooLong = false;
        while (true)
        {
            var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            if (newline < 0 && _endOfStream && _start == _end)
                return tooLong ? SkipTo(_end) : null;
            if (newline >= 0 || _endOfStream)
            {
                var end = newline >= 0 ? newline : _end;
                return tooLong || end - _start > maxLineBytes ? SkipTo(end) : Take(end - _start, Math.Min(end + 1, _end));
            }
            if (_end - _start > maxLineBytes)
            {
                tooLong = true;
                _start = _end;
            }
            await FillAsync(cancellationToken);
        }
    }

    /// <summary>All bytes not yet read, or null when there are more than <paramref name="maxBytes"/>.</summary>
    public async ValueTask<byte[]?> ReadRestAsync(int maxBytes, CancellationToken cancellationToken)
    {
        using var rest = new MemoryStream();
        rest.Write(_buffer, _start, _end - _start);
        _start = _end;
        var chunk = new byte[ChunkBytes];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (rest.Length + read > maxBytes)
                return null;
            rest.Write(chunk, 0, read);
        }
        return rest.Length > maxBytes ? null : rest.ToArray();
    }

    private ReadOnlyMemory<byte>? FirstContentLine(out bool ended)
    {
        ended = false;
        var lineStart = _start;
        while (lineStart < _end)
        {
            var newline = Array.IndexOf(_buffer, (byte)'\n', lineStart, _end - lineStart);
            var line = _buffer.AsMemory(lineStart, (newline < 0 ? _end : newline) - lineStart);
            if (!IsBlank(line.Span))
            {
                ended = newline >= 0 && line.Length <= maxLineBytes;
                return line;
            }
            if (newline < 0)
                break;
            lineStart = newline + 1;
        }
        return null;
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.Trim(" \t\r"u8).IsEmpty;

    private BoundedLine Take(int length, int next)
    {
        var line = _buffer.AsMemory(_start, length);
        if (line.Length > 0 && line.Span[^1] == (byte)'\r')
            line = line[..^1];
        _start = next;
        return new BoundedLine(line, TooLong: false);
    }

    private BoundedLine SkipTo(int newline)
    {
        _start = Math.Min(newline + 1, _end);
        return new BoundedLine(ReadOnlyMemory<byte>.Empty, TooLong: true);
    }

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
            Array.Resize(ref _buffer, _buffer.Length * 2);
        var read = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
        if (read == 0)
            _endOfStream = true;
        _end += read;
    }
}
