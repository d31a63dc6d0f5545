using Azure.Storage.Blobs;

namespace Keepage.Connectors.Files;

/// <summary>
/// Opens a recorded <c>ExportOrigin.Location</c> again: a local path, a Blob URI (when a Blob client is given), or
/// either followed by <c>!entry</c> inside a .zip / .gz, opened within the archive limits.
/// </summary>
public sealed class ExportLocations(BlobServiceClient? blobs = null, ArchiveLimits? limits = null)
{
    private static readonly string[] ArchiveSuffixes = [".zip", ".gz", ".gzip"];

    /// <summary>The file at the location, or null when it is no longer there (or is a Blob and no client was given).</summary>
    public async Task<SourceFile?> FindAsync(string location, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        if (SplitArchive(location) is not { } split)
            return await FindPlainAsync(location, cancellationToken);
        if (await FindPlainAsync(split.Archive, cancellationToken) is not { } archive)
            return null;
        var kind = split.Archive.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) ? ArchiveKind.Zip : ArchiveKind.Gzip;
        return ExportArchive.Entry(archive, kind, split.Entry, limits ?? ArchiveLimits.Default);
    }

    private async Task<SourceFile?> FindPlainAsync(string location, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(location, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return File.Exists(location) ? SourceFile.Local(location) : null;
        if (blobs is null)
            return null;
        var address = new BlobUriBuilder(uri);
        var blob = blobs.GetBlobContainerClient(address.BlobContainerName).GetBlobClient(address.BlobName);
        if (!await blob.ExistsAsync(cancellationToken))
            return null;
        var properties = await blob.GetPropertiesAsync(cancellationToken: cancellationToken);
        return new SourceFile(address.BlobName, location, properties.Value.ContentLength, async ct => await blob.OpenReadAsync(cancellationToken: ct));
    }

    private static (string Archive, string Entry)? SplitArchive(string location)
    {
        for (var at = location.IndexOf('!', StringComparison.Ordinal); at > 0; at = location.IndexOf('!', at + 1))
        {
            var archive = location[..at];
            if (ArchiveSuffixes.Any(suffix => archive.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) && at + 1 < location.Length)
                return (archive, location[(at + 1)..]);
        }
        return null;
    }
}
