namespace Keepage.Connectors.Ehr.Hl7v2.Wire;

/// <summary>
/// What the scanner found next: a segment line (bytes without terminator or BOM; cut short when longer than the
/// limit, with <see cref="Oversized"/> set) or an MLLP block boundary.
/// </summary>
internal readonly record struct ScannedLine(ScannedLineKind Kind, byte[] Bytes, bool Oversized = false)
{
    public static ScannedLine FrameStart { get; } = new(ScannedLineKind.FrameStart, []);

    public static ScannedLine FrameEnd { get; } = new(ScannedLineKind.FrameEnd, []);

    public bool StartsWith(ReadOnlySpan<byte> id) => Bytes.AsSpan().StartsWith(id);
}
