namespace Keepage.Mapping;

/// <summary>
/// An admin's description of one source's export layout (docs/mapping-profiles.md): how to read the file and which
/// column feeds each canonical field. <see cref="Delimiter"/> null means detect it from the first row.
/// </summary>
public sealed record SourceProfile
{
    public const string IsoDateFormat = "yyyy-MM-dd";
    public const string CsvFormat = "csv";

    public required string Name { get; init; }

    public string? Description { get; init; }

    public string Format { get; init; } = CsvFormat;

    public char? Delimiter { get; init; }

    public bool HasHeader { get; init; } = true;

    /// <summary>The referral source stamped on each record when the file has no source column value.</summary>
    public required string Source { get; init; }

    /// <summary>Canonical field name to where its value comes from.</summary>
    public required IReadOnlyDictionary<string, FieldMapping> Fields { get; init; }

    /// <summary>Canonical field name to a constant used when the field's column is empty or not mapped.</summary>
    public IReadOnlyDictionary<string, string> Defaults { get; init; } = new Dictionary<string, string>();

    /// <summary>The file's text encoding (<see cref="TextEncodings"/>); <c>auto</c> detects UTF-8 or Windows-1252.</summary>
    public string Encoding { get; init; } = TextEncodings.Auto;

    /// <summary>Local provider id columns to translate to NPIs through a provider crosswalk, or null.</summary>
    public CrosswalkMapping? Crosswalk { get; init; }
}
