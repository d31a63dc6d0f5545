using Keepage.Core.Ingest;

namespace Keepage.Connectors.Store.Rows;

internal sealed record ExportOriginRow
{
    public const string Columns = """
        sha256 AS Sha256, file_name AS FileName, location AS Location, format AS Format, profile AS Profile,
        source AS Source, crosswalk AS Crosswalk
        """;

    public string Sha256 { get; init; } = "";
    public string FileName { get; init; } = "";
    public string Location { get; init; } = "";
    public string Format { get; init; } = "";
    public string? Profile { get; init; }
    public string? Source { get; init; }
    public string? Crosswalk { get; init; }
    public string RecordedAt { get; init; } = "";

    public static ExportOriginRow From(ExportOrigin origin, string now) => new()
    {
        Sha256 = origin.Sha256,
        FileName = origin.FileName,
        Location = origin.Location,
        Format = origin.Format,
        Profile = origin.Profile,
        Source = origin.Source,
        Crosswalk = origin.Crosswalk,
        RecordedAt = now,
    };

    public ExportOrigin ToOrigin() => new(Sha256, FileName, Location, Format, Profile, Source, Crosswalk);
}
