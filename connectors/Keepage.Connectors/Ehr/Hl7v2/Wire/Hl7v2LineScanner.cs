using System.Buffers;

namespace Keepage.Connectors.Ehr.Hl7v2.Wire;

/// <summary>
/// Splits a byte stream into segment lines at CR, LF or CRLF, and reports MLLP block characters (0x0B, 0x1C) as
/// boundaries. Works on bytes, so it needs no knowledge of the character set. Holds one 64 KiB buffer and one line
/// of at most <c>maxLineBytes</c>: a longer line is cut and flagged, never buffered whole. Blank lines are skipped;
/// a UTF-8 BOM is dropped wherever a line starts with one (files concatenated from BOM-prefixed exports).
/// </summary>
internal sealed class Hl7v2LineScanner(Stream stream, int maxLineBytes)
{
    private const byte StartBlock = 0x0B;
    private const byte EndBlock = 0x1C;
    private static readonly SearchValues<byte> Breaks = SearchValues.Create([(byte)'\r', (byte)'\n', StartBlock, EndBlock]);

    private readonly byte[] _buffer = new byte[64 * 1024];
    private byte[] _line = new byte[1024];
    private int _lineLength;
    private bool _oversized;
    private int _position;
    private int _length;
    private ScannedLine? _pending;

    public async ValueTask<ScannedLine?> NextAsync(CancellationToken cancellationToken)
    {
        if (_pending is { } pending)
        {
            _pending = null;
            return pending;
        }
        while (true)
        {
            if (_position == _length && !await FillAsync(cancellationToken))
                return TakeLine();
            var unread = _buffer.AsSpan(_position, _length - _position);
            var index = unread.IndexOfAny(Breaks);
            if (index < 0)
            {
                Append(unread);
                _position = _length;
                continue;
            }
            Append(unread[..index]);
            var found = unread[index];
            _position += index + 1;
            ScannedLine? boundary = found switch
            {
                StartBlock => ScannedLine.FrameStart,
                EndBlock => ScannedLine.FrameEnd,
                _ => null,
            };
            if (TakeLine() is { } line)
            {
                _pending = boundary;
                return line;
            }
            if (boundary is not null)
                return boundary;
        }
    }

    private async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        _position = 0;
        _length = await stream.ReadAsync(_buffer, cancellationToken);
        return _length > 0;
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        var room = maxLineBytes - _lineLength;
        if (bytes.Length > room)
        {
            _oversized = true;
            bytes = bytes[..room];
        }
        if (_lineLength + bytes.Length > _line.Length)
            Array.Resize(ref _line, Math.Min(maxLineBytes, Math.Max(_line.Length * 2, _lineLength + bytes.Length)));
        bytes.CopyTo(_line.AsSpan(_lineLength));
        _lineLength += bytes.Length;
    }

    private ScannedLine? TakeLine()
    {
        var content = _line.AsSpan(0, _lineLength);
        if (content.StartsWith("\uFEFF"u8))
            content = content[3..];
        var oversized = _oversized;
        _lineLength = 0;
        _oversized = false;
        if (!oversized && content.IndexOfAnyExcept((byte)' ', (byte)'\t') < 0)
            return null;
        return new ScannedLine(ScannedLineKind.Segment, content.ToArray(), oversized);
    }
}
