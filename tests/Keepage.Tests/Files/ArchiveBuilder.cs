using System.IO.Compression;
using System.Text;

namespace Keepage.Tests.Files;

/// <summary>Zip and gzip files made in the test: ordinary exports, and bombs that are small on disk.</summary>
internal static class ArchiveBuilder
{
    public static byte[] Zip(params (string Name, string Text)[] entries) =>
        Zip([.. entries.Select(entry => (entry.Name, Encoding.UTF8.GetBytes(entry.Text)))]);

    public static byte[] Zip(IEnumerable<(string Name, byte[] Bytes)> entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                stream.Write(bytes);
            }
        }
        return buffer.ToArray();
    }

    public static byte[] Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
            gzip.Write(bytes);
        return buffer.ToArray();
    }

    /// <summary><paramref name="megabytes"/> MiB of one repeated CSV-looking line: compresses over a thousand to one.</summary>
    public static byte[] Repetitive(int megabytes)
    {
        var line = "R1,2026-01-02,Dr. A,pending\n"u8.ToArray();
        var bytes = new byte[megabytes * 1024 * 1024];
        for (var i = 0; i < bytes.Length; i++)
            bytes[i] = line[i % line.Length];
        return bytes;
    }
}
