namespace Keepage.Connectors.Ehr;

/// <summary>The names of <see cref="ExportFormat"/> on the command line and in stored origins: csv, hl7v2, fhir.</summary>
public static class ExportFormats
{
    public const string Auto = "auto";

    public static IReadOnlyList<string> Names { get; } = ["csv", "hl7v2", "fhir"];

    public static string Name(this ExportFormat format) => format switch
    {
        ExportFormat.Csv => "csv",
        ExportFormat.Hl7v2 => "hl7v2",
        ExportFormat.Fhir => "fhir",
        _ => "unknown",
    };

    /// <summary>A format name, or null for <c>auto</c> (detect by content); throws for anything else.</summary>
    public static ExportFormat? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" or Auto => null,
        "csv" or "tsv" => ExportFormat.Csv,
        "hl7v2" or "hl7" => ExportFormat.Hl7v2,
        "fhir" => ExportFormat.Fhir,
        _ => throw new ArgumentException($"Unknown export format '{name}'; expected auto, {string.Join(", ", Names)}.", nameof(name)),
    };
}
