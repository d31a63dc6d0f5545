using System.Security.Cryptography;
using System.Text;
using Keepage.Connectors.Ehr.Csv;
using Keepage.Core.Privacy;
using Keepage.Functions.Ingest;
using Keepage.Mapping;

namespace Keepage.Functions.Admin;

/// <summary>What the admin endpoints do with a mapping profile: validate it, and preview it on a sample export.</summary>
public static class MappingReview
{
    public const int MaxPreviewRows = 200;

    public static MappingValidation Validate(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        try
        {
            var profile = SourceProfileLoader.Parse(yaml, "profile.yaml");
            return new MappingValidation(true, profile.Name, profile.Source, [.. profile.Fields.Keys.Order(StringComparer.Ordinal)], []);
        }
        catch (MappingProfileException error)
        {
            return new MappingValidation(false, null, null, [], [ErrorFrom(error)]);
        }
    }

    public static async Task<MappingPreview> PreviewAsync(MappingPreviewRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        SourceProfile profile;
        try
        {
            profile = request.ProfileYaml is { Length: > 0 } yaml
                ? SourceProfileLoader.Parse(yaml, "profile.yaml")
                : ExportReaders.LoadProfile(request.Profile ?? BuiltInProfiles.CanonicalName);
        }
        catch (MappingProfileException error)
        {
            return new MappingPreview([], [ErrorFrom(error)]);
        }
        var reader = new CsvExportReader(profile, new PatientPseudonymizer(RandomNumberGenerator.GetBytes(32)));
        var rows = Math.Clamp(request.Rows, 1, MaxPreviewRows);
        var records = new List<PreviewRecord>(rows);
        using var sample = new MemoryStream(Encoding.UTF8.GetBytes(request.Sample ?? ""));
        await foreach (var record in reader.ReadAsync(sample, cancellationToken))
        {
            records.Add(PreviewRecord.From(record));
            if (records.Count == rows)
                break;
        }
        return new MappingPreview(records, []);
    }

    private static MappingError ErrorFrom(MappingProfileException error) =>
        new(error.Line, error.Column, error.Problem ?? error.Message);
}
