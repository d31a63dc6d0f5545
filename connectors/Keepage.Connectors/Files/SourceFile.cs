namespace Keepage.Connectors.Files;

/// <summary>
/// A file waiting in a source: its name, where it is (a local path or a Blob URI), its size when known, and a way to
/// open it (more than once: it is hashed, sniffed and read).
/// </summary>
public sealed record SourceFile(string Name, string Location, long? Length, Func<CancellationToken, Task<Stream>> OpenAsync)
{
    /// <summary>A local file.</summary>
    public static SourceFile Local(string path)
    {
        var full = Path.GetFullPath(path);
        return new SourceFile(Path.GetFileName(full), full, new FileInfo(full).Length, _ => Task.FromResult(OpenRead(full)));
    }

    public static Stream OpenRead(string path) =>
        new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
}
