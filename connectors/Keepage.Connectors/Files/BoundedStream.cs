namespace Keepage.Connectors.Files;

/// <summary>
/// A decompressing stream that stops with <see cref="ArchiveLimitException"/> as soon as its output breaks the
/// archive's budget, so a bomb is never expanded past the limit. Disposes what it was opened from.
/// </summary>
internal sealed class BoundedStream(Stream inner, ExpansionBudget budget, long compressedBytes, params IDisposable[] owners) : Stream
{
    private long _read;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer) => Counted(inner.Read(buffer));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Counted(await inner.ReadAsync(buffer, cancellationToken));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
            foreach (var owner in owners)
                owner.Dispose();
        }
        base.Dispose(disposing);
    }

    private int Counted(int read)
    {
        _read += read;
        budget.Count(read, _read, compressedBytes);
        return read;
    }
}
