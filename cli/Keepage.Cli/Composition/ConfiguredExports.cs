using System.IO.Enumeration;
using Azure.Storage.Blobs;
using Keepage.Cli.Configuration;
using Keepage.Connectors.Files;
using Keepage.Core.Flows;
using Keepage.Core.Privacy;

namespace Keepage.Cli.Composition;

/// <summary>
/// The exports a configuration's sources hold now: every matching file of each folder source and every untagged
/// matching blob of each Blob source. Blobs are tagged processed once a real run has ingested them
/// (<see cref="MarkIngestedAsync"/>); a dry run leaves them for the real run.
/// </summary>
internal sealed class ConfiguredExports
{
    private readonly List<(BlobContainerSource Source, SourceFile File)> _blobs = [];

    public List<ExportToIngest> Exports { get; } = [];

    public static async Task<ConfiguredExports> ListAsync(
        KeepageConfig config, string baseDirectory, PatientPseudonymizer pseudonymizer, CancellationToken cancellationToken)
    {
        var found = new ConfiguredExports();
        foreach (var source in config.Sources)
        {
            var reading = await ExportSources.ReadingAsync(
                source.Profile, source.Format, source.Crosswalk, pseudonymizer, source.Name, baseDirectory, cancellationToken);
            if (source.Blob is { } blob)
            {
                var container = new BlobContainerClient(SecretReference.Resolve(blob.ConnectionString, $"sources '{source.Name}' blob.connectionString"), blob.Container);
                var blobs = new BlobContainerSource(container, blob.Prefix);
                await foreach (var file in blobs.ListAsync(cancellationToken))
                {
                    if (!FileSystemName.MatchesSimpleExpression(source.Include, Path.GetFileName(file.Name)))
                        continue;
                    found.Exports.Add(await ExportSources.ForSourceFileAsync(file, reading, cancellationToken));
                    found._blobs.Add((blobs, file));
                }
                continue;
            }
            var folder = Path.GetFullPath(Path.Combine(baseDirectory, source.Folder));
            if (!Directory.Exists(folder))
                throw new ConfigException($"Source '{source.Name}': folder '{source.Folder}' does not exist.");
            found.Exports.AddRange(Directory.EnumerateFiles(folder, source.Include)
                .Order(StringComparer.Ordinal)
                .Select(path => ExportSources.ForFile(path, reading)));
        }
        return found;
    }

    public async Task MarkIngestedAsync(CancellationToken cancellationToken)
    {
        foreach (var (source, file) in _blobs)
            await source.MarkProcessedAsync(file, cancellationToken);
    }
}
