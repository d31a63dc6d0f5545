namespace Keepage.Connectors.Ehr.Hl7v2.Wire;

internal enum ScannedLineKind
{
    Segment,

    /// <summary>MLLP start block, 0x0B.</summary>
    FrameStart,

    /// <summary>MLLP end block, 0x1C (the 0x0D after it ends an empty line).</summary>
    FrameEnd,
}
