using Keepage.Core.Privacy;
using Keepage.Mapping;

namespace Keepage.Connectors.Ehr;

/// <summary>
/// How to read the exports of one source: the format (null detects it per file), the CSV profile and crosswalk,
/// the patient-id pseudonymizer, and the source name. <see cref="ProfileReference"/> and
/// <see cref="CrosswalkPath"/> are what was asked for (a built-in name or a file path), kept with each file's origin
/// so a quarantine replay can read it the same way.
/// </summary>
public sealed record ExportReading
{
    public ExportFormat? Format { get; init; }

    public required SourceProfile Profile { get; init; }

    public string ProfileReference { get; init; } = BuiltInProfiles.CanonicalName;

    public ProviderCrosswalk? Crosswalk { get; init; }

    public string? CrosswalkPath { get; init; }

    public required PatientPseudonymizer Pseudonymizer { get; init; }

    /// <summary>The referral source stamped on records; null keeps the profile's (CSV) or the reader's default.</summary>
    public string? Source { get; init; }
}
