using Keepage.Connectors.Ehr;

namespace Keepage.Connectors.Files;

/// <summary>
/// Ingests everything waiting in a source, then marks each file: rejected (with its reason) when it could not be
/// taken as a whole, processed otherwise, including files skipped as already ingested and files with quarantined
/// records (those are replayed from the processed location).
/// </summary>
public sealed class SourcePickup(ExportIngestion ingestion)
{
    public async Task<IReadOnlyList<FileIngestResult>> RunAsync(
        IExportSource source, ExportReading reading, Action<string, int>? recordsRead, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        List<FileIngestResult> results = [];
        await foreach (var file in source.ListAsync(cancellationToken))
        {
            var result = await ingestion.IngestAsync(file, reading, recordsRead, cancellationToken);
            if (result.RejectionReason is { } reason)
            {
                await source.MarkRejectedAsync(file, reason, cancellationToken);
            }
            else
            {
                var location = await source.MarkProcessedAsync(file, cancellationToken);
                await ingestion.RelocateAsync(result, location, cancellationToken);
            }
            results.Add(result);
        }
        return results;
    }
}
