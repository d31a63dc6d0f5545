using Keepage.Connectors.Ehr.Csv;
using Keepage.Core.Flows;
using Keepage.Core.Ingest;
using Keepage.Core.Privacy;
using Keepage.Mapping;

namespace Keepage.Cli.Composition;

/// <summary>Turns files on disk plus a source profile into the exports a run ingests.</summary>
internal static class ExportSources
{
    /// <summary>A profile file path (YAML), else a built-in profile name such as <c>canonical</c>.</summary>
    public static SourceProfile ResolveProfile(string nameOrPath, string baseDirectory)
    {
        var path = Path.IsPathRooted(nameOrPath) ? nameOrPath : Path.Combine(baseDirectory, nameOrPath);
        return File.Exists(path) ? SourceProfileLoader.LoadFile(path) : BuiltInProfiles.Get(nameOrPath);
    }

    public static ExportToIngest ForFile(string path, SourceProfile profile, PatientPseudonymizer pseudonymizer, string? source)
    {
        var reader = new CsvExportReader(profile, pseudonymizer, source);
        var file = new ExportFile(
            Path.GetFileName(path),
            source ?? profile.Source,
            _ => Task.FromResult<Stream>(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true)));
        return new ExportToIngest(file, reader);
    }
}
