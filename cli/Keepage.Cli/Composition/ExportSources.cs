using Keepage.Connectors.Ehr;
using Keepage.Connectors.Ehr.Csv;
using Keepage.Core.Flows;
using Keepage.Core.Ingest;
using Keepage.Core.Privacy;
using Keepage.Mapping;

namespace Keepage.Cli.Composition;

/// <summary>Turns files on disk plus a source profile into the exports a run ingests, detecting each file's format.</summary>
internal static class ExportSources
{
    /// <summary>A profile file path (YAML), else a built-in profile name such as <c>canonical</c>.</summary>
    public static SourceProfile ResolveProfile(string nameOrPath, string baseDirectory) =>
        ProfilePath(nameOrPath, baseDirectory) is { } path ? SourceProfileLoader.LoadFile(path) : BuiltInProfiles.Get(nameOrPath);

    /// <summary>
    /// How to read a source's files: the profile (name or YAML path), the format (<c>auto</c> detects it per file), and
    /// the provider crosswalk from <paramref name="crosswalk"/> or, failing that, the profile's own <c>crosswalk: path</c>.
    /// </summary>
    public static async Task<ExportReading> ReadingAsync(
        string profile, string? format, string? crosswalk, PatientPseudonymizer pseudonymizer, string? source, string baseDirectory,
        CancellationToken cancellationToken)
    {
        var resolved = ResolveProfile(profile, baseDirectory);
        var crosswalkPath = crosswalk is null ? resolved.Crosswalk?.Path : Path.GetFullPath(crosswalk, baseDirectory);
        return new ExportReading
        {
            Format = ExportFormats.Parse(format),
            Profile = resolved,
            ProfileReference = ProfilePath(profile, baseDirectory) ?? resolved.Name,
            Crosswalk = crosswalkPath is null ? null : await ProviderCrosswalkFile.LoadAsync(crosswalkPath, cancellationToken),
            CrosswalkPath = crosswalkPath,
            Pseudonymizer = pseudonymizer,
            Source = string.IsNullOrWhiteSpace(source) ? null : source.Trim(),
        };
    }

    public static ExportToIngest ForFile(string path, SourceProfile profile, PatientPseudonymizer pseudonymizer, string? source) =>
        ForFile(path, new ExportReading { Profile = profile, Pseudonymizer = pseudonymizer, Source = source });

    /// <summary>One file with the reader for its format (the reading's, or detected from its first bytes).</summary>
    public static ExportToIngest ForFile(string path, ExportReading reading)
    {
        var format = reading.Format ?? Detect(path);
        var reader = ExportReaders.For(format == ExportFormat.Unknown ? ExportFormat.Csv : format, reading);
        var source = reading.Source ?? (format is ExportFormat.Hl7v2 or ExportFormat.Fhir ? format.Name() : reading.Profile.Source);
        var file = new ExportFile(Path.GetFileName(path), source, _ => Task.FromResult(Connectors.Files.SourceFile.OpenRead(path)));
        return new ExportToIngest(file, reader);
    }

    /// <summary>A file from a source (a blob) with the reader for its format, detected from its first bytes unless fixed.</summary>
    public static async Task<ExportToIngest> ForSourceFileAsync(Connectors.Files.SourceFile file, ExportReading reading, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(reading);
        var format = reading.Format;
        if (format is null)
        {
            await using var stream = await file.OpenAsync(cancellationToken);
            var prefix = new byte[ExportFormatDetector.PrefixBytes];
            var read = await stream.ReadAtLeastAsync(prefix, prefix.Length, throwOnEndOfStream: false, cancellationToken);
            format = ExportFormatDetector.Detect(prefix.AsSpan(0, read));
        }
        var reader = ExportReaders.For(format == ExportFormat.Unknown ? ExportFormat.Csv : format.Value, reading);
        var source = reading.Source ?? (format is ExportFormat.Hl7v2 or ExportFormat.Fhir ? format.Value.Name() : reading.Profile.Source);
        return new ExportToIngest(new ExportFile(file.Name, source, file.OpenAsync), reader);
    }

    // Unknown (binary) content is read as delimited text: the CSV reader quarantines it with a reason.
    private static ExportFormat Detect(string path)
    {
        using var stream = File.OpenRead(path);
        var prefix = new byte[ExportFormatDetector.PrefixBytes];
        return ExportFormatDetector.Detect(prefix.AsSpan(0, stream.ReadAtLeast(prefix, prefix.Length, throwOnEndOfStream: false)));
    }

    private static string? ProfilePath(string nameOrPath, string baseDirectory)
    {
        var path = Path.GetFullPath(nameOrPath, baseDirectory);
        return File.Exists(path) ? path : null;
    }
}
