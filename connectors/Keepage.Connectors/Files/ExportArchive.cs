using System.IO.Compression;

namespace Keepage.Connectors.Files;

/// <summary>
/// Opens .zip and .gz exports within <see cref="ArchiveLimits"/>. <see cref="OpenEntriesAsync"/> expands every entry
/// once through a <see cref="BoundedStream"/> (and so stops a bomb), checks entry names, and returns the entries as
/// files named <c>archive.zip!entry.csv</c>, each re-opened (again bounded) whenever it is read.
/// </summary>
internal static class ExportArchive
{
    public static ArchiveKind KindOf(ReadOnlySpan<byte> prefix) =>
        prefix.StartsWith("PK\u0003\u0004"u8) || prefix.StartsWith("PK\u0005\u0006"u8) ? ArchiveKind.Zip
        : prefix.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]) ? ArchiveKind.Gzip
        : ArchiveKind.None;

    /// <exception cref="ArchiveLimitException">The archive breaks a limit, has an unsafe entry name, or is corrupt.</exception>
    public static Task<IReadOnlyList<SourceFile>> OpenEntriesAsync(
        SourceFile archive, ArchiveKind kind, ArchiveLimits limits, CancellationToken cancellationToken) => kind switch
        {
            ArchiveKind.Zip => ZipEntries.OpenAsync(archive, limits, cancellationToken),
            ArchiveKind.Gzip => GzipEntryAsync(archive, limits, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

    /// <summary>One entry of an archive, opened within the limits (for replay from an <c>archive!entry</c> location).</summary>
    public static SourceFile Entry(SourceFile archive, ArchiveKind kind, string entryName, ArchiveLimits limits) => kind switch
    {
        ArchiveKind.Zip => ZipEntries.Entry(archive, entryName, limits),
        ArchiveKind.Gzip => GzipEntry(archive, limits),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static async Task<IReadOnlyList<SourceFile>> GzipEntryAsync(SourceFile archive, ArchiveLimits limits, CancellationToken cancellationToken)
    {
        if (archive.Length > limits.MaxCompressedBytes)
            throw new ArchiveLimitException($"the archive is larger than {limits.MaxCompressedBytes} bytes");
        var entry = GzipEntry(archive, limits);
        await DrainAsync(entry, cancellationToken);
        return [entry];
    }

    private static SourceFile GzipEntry(SourceFile archive, ArchiveLimits limits)
    {
        var compressed = archive.Length ?? limits.MaxCompressedBytes;
        var entryName = EntryName(archive.Name);
        return new SourceFile($"{archive.Name}!{entryName}", $"{archive.Location}!{entryName}", null, async ct =>
        {
            var stream = await archive.OpenAsync(ct);
            return new BoundedStream(new GZipStream(stream, CompressionMode.Decompress), new ExpansionBudget(limits), compressed, stream);
        });
    }

    internal static async Task DrainAsync(SourceFile entry, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = await entry.OpenAsync(cancellationToken);
            await stream.CopyToAsync(Stream.Null, cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException)
        {
            throw new ArchiveLimitException("the archive is corrupt or uses an unsupported compression: its data cannot be expanded");
        }
    }

    private static string EntryName(string archiveName)
    {
        var name = Path.GetFileName(archiveName);
        foreach (var suffix in new[] { ".gz", ".gzip" })
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && name.Length > suffix.Length)
                return name[..^suffix.Length];
        }
        return name + ".content";
    }
}
