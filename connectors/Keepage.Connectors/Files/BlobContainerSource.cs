using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Keepage.Connectors.Files;

/// <summary>
/// An Azure Blob container (optionally under a prefix). Blobs are never moved: a processed or rejected blob gets
/// metadata <c>keepage_state</c> (<c>processed</c> / <c>rejected</c>), <c>keepage_at</c> and, when rejected,
/// <c>keepage_reason</c>, and listing skips blobs that carry <c>keepage_state</c>. Metadata rather than blob index
/// tags because the Azurite emulator the tests use does not filter by tags, and a blob's URI then stays valid for
/// quarantine replay. https://learn.microsoft.com/azure/storage/blobs/storage-blob-properties-metadata
/// </summary>
public sealed class BlobContainerSource(BlobContainerClient container, string? prefix = null, TimeProvider? clock = null) : IExportSource
{
    public const string StateKey = "keepage_state";
    public const string AtKey = "keepage_at";
    public const string ReasonKey = "keepage_reason";
    private const int MaxReasonLength = 1024;

    public async IAsyncEnumerable<SourceFile> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var options = new GetBlobsOptions { Traits = BlobTraits.Metadata, Prefix = prefix };
        await foreach (var blob in container.GetBlobsAsync(options, cancellationToken))
        {
            if (blob.Metadata.ContainsKey(StateKey))
                continue;
            var client = container.GetBlobClient(blob.Name);
            yield return new SourceFile(
                blob.Name, client.Uri.ToString(), blob.Properties.ContentLength,
                async ct => await client.OpenReadAsync(new BlobOpenReadOptions(allowModifications: false), ct));
        }
    }

    public async Task<string> MarkProcessedAsync(SourceFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        await TagAsync(file, "processed", null, cancellationToken);
        return file.Location;
    }

    public Task MarkRejectedAsync(SourceFile file, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        return TagAsync(file, "rejected", reason, cancellationToken);
    }

    private async Task TagAsync(SourceFile file, string state, string? reason, CancellationToken cancellationToken)
    {
        var client = container.GetBlobClient(file.Name);
        var properties = await client.GetPropertiesAsync(cancellationToken: cancellationToken);
        var metadata = new Dictionary<string, string>(properties.Value.Metadata, StringComparer.OrdinalIgnoreCase)
        {
            [StateKey] = state,
            [AtKey] = (clock ?? TimeProvider.System).GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
        };
        if (reason is not null)
            metadata[ReasonKey] = AsciiHeaderValue(reason);
        await client.SetMetadataAsync(metadata, cancellationToken: cancellationToken);
    }

    // Metadata travels as HTTP headers: ASCII only, no line breaks.
    private static string AsciiHeaderValue(string text)
    {
        var ascii = new StringBuilder(Math.Min(text.Length, MaxReasonLength));
        foreach (var c in text.Take(MaxReasonLength))
            ascii.Append(c is >= ' ' and <= '~' ? c : '?');
        return ascii.ToString();
    }
}
