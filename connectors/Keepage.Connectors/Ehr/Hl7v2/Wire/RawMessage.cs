namespace Keepage.Connectors.Ehr.Hl7v2.Wire;

/// <summary>
/// One message's segment lines as bytes (the first is MSH), or why there is none: text outside any message, a limit
/// exceeded, a cut frame. <see cref="WholeFile"/> marks a problem of the file itself (batch trailers, no message).
/// </summary>
internal sealed record RawMessage(IReadOnlyList<byte[]> Lines, string? Problem, bool WholeFile = false)
{
    public static RawMessage Rejected(string problem) => new([], problem);

    public static RawMessage FileRejected(string problem) => new([], problem, WholeFile: true);
}
