namespace Keepage.Tests.Ehr.Fhir;

/// <summary>A read-only stream of the same bytes many times over, generated as it is read; its position shows how far a reader got.</summary>
internal sealed class RepeatingStream(byte[] unit, int times) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length { get; } = (long)unit.Length * times;

    public override long Position { get; set; }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var available = (int)Math.Min(count, Length - Position);
        for (var i = 0; i < available; i++)
            buffer[offset + i] = unit[(Position + i) % unit.Length];
        Position += available;
        return available;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
