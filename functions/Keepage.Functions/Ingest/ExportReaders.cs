using System.Collections.Concurrent;
using Keepage.Connectors.Ehr.Csv;
using Keepage.Core.Ingest;
using Keepage.Core.Privacy;
using Keepage.Mapping;
using Microsoft.Extensions.Options;

namespace Keepage.Functions.Ingest;

/// <summary>The reader for each source's exports: its configured mapping profile (loaded once) and the patient-key pseudonymizer.</summary>
public sealed class ExportReaders(IOptions<IngestOptions> options)
{
    private readonly ConcurrentDictionary<string, SourceProfile> _profiles = new(StringComparer.Ordinal);
    private readonly Lazy<PatientPseudonymizer> _pseudonymizer = new(() =>
        new PatientPseudonymizer(options.Value.PatientKeyBytes() ?? throw new InvalidOperationException("Keepage:Ingest:PatientKey is not a valid key.")));

    public IExportReader For(string source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        var name = options.Value.Profiles.GetValueOrDefault(source) ?? options.Value.DefaultProfile;
        return new CsvExportReader(_profiles.GetOrAdd(name, LoadProfile), _pseudonymizer.Value, source);
    }

    /// <summary>Why <paramref name="profile"/> cannot be used (file, line and column), or null when it loads.</summary>
    public static string? ProblemWith(string profile)
    {
        try
        {
            LoadProfile(profile);
            return null;
        }
        catch (MappingProfileException error)
        {
            return error.Message;
        }
    }

    /// <summary>A profile file deployed beside the app, else a built-in profile of that name.</summary>
    internal static SourceProfile LoadProfile(string profile)
    {
        var path = Path.Combine(AppContext.BaseDirectory, profile);
        return File.Exists(path) ? SourceProfileLoader.LoadFile(path) : BuiltInProfiles.Get(profile);
    }
}
