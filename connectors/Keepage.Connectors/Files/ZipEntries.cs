using System.Buffers.Binary;
using System.IO.Compression;

namespace Keepage.Connectors.Files;

/// <summary>
/// The entries of a zip export. The entry count is read from the end-of-central-directory record before the
/// central directory itself is loaded, so a zip claiming millions of entries costs nothing.
/// </summary>
internal static class ZipEntries
{
    private const uint EndOfCentralDirectory = 0x06054b50;
    private const int EndRecordBytes = 22;

    public static async Task<IReadOnlyList<SourceFile>> OpenAsync(SourceFile archive, ArchiveLimits limits, CancellationToken cancellationToken)
    {
        List<string> names;
        using (var zip = await OpenZipAsync(archive, limits, cancellationToken))
            names = [.. Checked(zip, limits).Select(entry => entry.FullName)];
        var budget = new ExpansionBudget(limits);
        List<SourceFile> entries = [];
        foreach (var name in names)
        {
            var entry = Entry(archive, name, limits);
            await ExportArchive.DrainAsync(entry with { OpenAsync = ct => OpenEntryAsync(archive, name, budget, limits, ct) }, cancellationToken);
            entries.Add(entry);
        }
        return entries;
    }

    public static SourceFile Entry(SourceFile archive, string name, ArchiveLimits limits) =>
        new($"{archive.Name}!{name}", $"{archive.Location}!{name}", null,
            ct => OpenEntryAsync(archive, name, new ExpansionBudget(limits), limits, ct));

    private static async Task<Stream> OpenEntryAsync(
        SourceFile archive, string name, ExpansionBudget budget, ArchiveLimits limits, CancellationToken cancellationToken)
    {
        var zip = await OpenZipAsync(archive, limits, cancellationToken);
        try
        {
            var entry = zip.GetEntry(name) ?? throw new ArchiveLimitException("the archive has no entry of that name");
            return new BoundedStream(entry.Open(), budget, Math.Min(entry.CompressedLength, archive.Length ?? entry.CompressedLength), zip);
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    private static List<ZipArchiveEntry> Checked(ZipArchive zip, ArchiveLimits limits)
    {
        if (zip.Entries.Count > limits.MaxEntries)
            throw new ArchiveLimitException($"the archive has too many entries (more than {limits.MaxEntries})");
        var files = zip.Entries.Where(entry => !entry.FullName.EndsWith('/')).ToList();
        if (files.Any(entry => !IsSafeName(entry.FullName)))
            throw new ArchiveLimitException("the archive has an entry name that leaves its folder (absolute path or '..')");
        if (files.DistinctBy(entry => entry.FullName, StringComparer.Ordinal).Count() != files.Count)
            throw new ArchiveLimitException("the archive has two entries with the same name");
        return files;
    }

    private static bool IsSafeName(string name) =>
        name.Length > 0 && name[0] is not ('/' or '\\') && !name.Contains(':', StringComparison.Ordinal)
        && !name.Contains('\0', StringComparison.Ordinal) && !name.Split('/', '\\').Contains("..");

    private static async Task<ZipArchive> OpenZipAsync(SourceFile archive, ArchiveLimits limits, CancellationToken cancellationToken)
    {
        var stream = await SeekableAsync(await archive.OpenAsync(cancellationToken), limits, cancellationToken);
        try
        {
            if (stream.Length > limits.MaxCompressedBytes)
                throw new ArchiveLimitException($"the archive is larger than {limits.MaxCompressedBytes} bytes");
            if (DeclaredEntries(stream) is { } declared && declared > limits.MaxEntries)
                throw new ArchiveLimitException($"the archive has too many entries (more than {limits.MaxEntries})");
            return new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
        }
        catch (InvalidDataException)
        {
            await stream.DisposeAsync();
            throw new ArchiveLimitException("the archive is corrupt: it is not a readable zip file");
        }
        catch
        {
            await stream.DisposeAsync();
            throw;
        }
    }

    // The total entry count of the end-of-central-directory record, or null when it is not found or is a zip64 marker.
    private static int? DeclaredEntries(Stream stream)
    {
        var tail = (int)Math.Min(stream.Length, EndRecordBytes + ushort.MaxValue);
        var buffer = new byte[tail];
        stream.Seek(-tail, SeekOrigin.End);
        stream.ReadExactly(buffer);
        stream.Seek(0, SeekOrigin.Begin);
        for (var at = tail - EndRecordBytes; at >= 0; at--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(at)) != EndOfCentralDirectory)
                continue;
            var total = BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(at + 10));
            return total == ushort.MaxValue ? null : total;
        }
        return null;
    }

    private static async Task<Stream> SeekableAsync(Stream stream, ArchiveLimits limits, CancellationToken cancellationToken)
    {
        if (stream.CanSeek)
            return stream;
        await using (stream)
        {
            var copy = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
            {
                if (copy.Length + read > limits.MaxCompressedBytes)
                    throw new ArchiveLimitException($"the archive is larger than {limits.MaxCompressedBytes} bytes");
                copy.Write(buffer, 0, read);
            }
            copy.Position = 0;
            return copy;
        }
    }
}
