namespace Keepage.Connectors.Files;

/// <summary>
/// The result for one source file: an outcome per file or archive entry, and, when the file as a whole could not be
/// taken (unknown format, archive bomb, unreadable), the reason it goes to <c>rejected/</c>.
/// </summary>
public sealed record FileIngestResult(SourceFile File, IReadOnlyList<FileOutcome> Outcomes, string? RejectionReason)
{
    public bool IsRejected => RejectionReason is not null;
}
