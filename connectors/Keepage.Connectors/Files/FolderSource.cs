using System.Runtime.CompilerServices;

namespace Keepage.Connectors.Files;

/// <summary>
/// A local drop folder: files directly in it are waiting; processed ones move to <c>processed/</c>, rejected ones to
/// <c>rejected/</c> with a <c>NAME.reason.txt</c> beside them. A name already taken there gets a numeric suffix.
/// Names starting with '.' or ending in .tmp / .part / .partial are skipped as still being written: drop a file by
/// writing it elsewhere (or under such a name) and renaming it into place.
/// </summary>
public sealed class FolderSource(string folder, string include = "*") : IExportSource
{
    public const string ProcessedFolder = "processed";
    public const string RejectedFolder = "rejected";
    private static readonly string[] PartialSuffixes = [".tmp", ".part", ".partial"];

    public string Folder { get; } = Path.GetFullPath(folder);

    public async IAsyncEnumerable<SourceFile> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!Directory.Exists(Folder))
            throw new DirectoryNotFoundException($"The export folder '{Folder}' does not exist.");
        // Listed whole first: files are moved out of the folder while the caller works through the list.
        var paths = Directory.EnumerateFiles(Folder, include, SearchOption.TopDirectoryOnly)
            .Where(path => !IsPartial(Path.GetFileName(path)))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (File.Exists(path))
                yield return SourceFile.Local(path);
        }
        await Task.CompletedTask;
    }

    public Task<string> MarkProcessedAsync(SourceFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        return Task.FromResult(MoveTo(file, ProcessedFolder));
    }

    public async Task MarkRejectedAsync(SourceFile file, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var moved = MoveTo(file, RejectedFolder);
        await File.WriteAllTextAsync(moved + ".reason.txt", reason + Environment.NewLine, cancellationToken);
    }

    private string MoveTo(SourceFile file, string subfolder)
    {
        var target = Path.Combine(Folder, subfolder);
        Directory.CreateDirectory(target);
        var destination = FreeName(target, file.Name);
        File.Move(file.Location, destination);
        return destination;
    }

    private static string FreeName(string folder, string name)
    {
        var candidate = Path.Combine(folder, name);
        for (var n = 1; File.Exists(candidate); n++)
            candidate = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(name)}.{n}{Path.GetExtension(name)}");
        return candidate;
    }

    private static bool IsPartial(string name) =>
        name.StartsWith('.') || PartialSuffixes.Any(suffix => name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase));
}
