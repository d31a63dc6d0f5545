namespace Keepage.Connectors.Files;

/// <summary>
/// Where exports arrive (a local folder, a Blob container). A file is listed until it is marked processed or
/// rejected, so a run that stops half-way picks the rest up next time; content-hash tracking makes a second look at
/// the same file harmless.
/// </summary>
public interface IExportSource
{
    /// <summary>Files waiting to be ingested, in name order.</summary>
    IAsyncEnumerable<SourceFile> ListAsync(CancellationToken cancellationToken);

    /// <summary>Moves or tags the file as processed; returns where it can be read from now (for quarantine replay).</summary>
    Task<string> MarkProcessedAsync(SourceFile file, CancellationToken cancellationToken);

    /// <summary>Moves or tags the file as rejected, keeping the (PHI-free) reason beside it.</summary>
    Task MarkRejectedAsync(SourceFile file, string reason, CancellationToken cancellationToken);
}
