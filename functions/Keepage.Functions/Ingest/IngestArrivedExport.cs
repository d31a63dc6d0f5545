using Azure.Storage.Blobs;
using Keepage.Core.Flows;
using Keepage.Core.Ingest;
using Microsoft.Azure.Functions.Worker;

namespace Keepage.Functions.Ingest;

/// <summary>
/// An export lands in the <c>exports</c> container under its source's folder (<c>exports/{source}/{name}</c>) and is
/// ingested with that source's profile. Flex Consumption only runs the Event Grid based Blob trigger
/// (https://learn.microsoft.com/azure/azure-functions/functions-event-grid-blob-trigger). A failure throws, so the
/// platform retries; re-ingesting a file is idempotent.
/// </summary>
public sealed class IngestArrivedExport(IngestExport ingest, ExportReaders readers)
{
    public const string Container = "exports";

    [Function(nameof(IngestArrivedExport))]
    public async Task Run(
        [BlobTrigger(Container + "/{source}/{name}", Source = BlobTriggerSource.EventGrid, Connection = "ExportStorage")] BlobClient blob,
        string source,
        string name,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blob);
        var file = new ExportFile(name, source, async ct => await blob.OpenReadAsync(cancellationToken: ct));
        await ingest.RunAsync(file, readers.For(source), progress: null, cancellationToken);
    }
}
