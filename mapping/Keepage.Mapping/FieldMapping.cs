namespace Keepage.Mapping;

/// <summary>
/// Where one canonical field comes from: the first of <see cref="Columns"/> present in the file (aliases), the date
/// formats accepted for a date field, and a case-insensitive map from source values to canonical ones.
/// <see cref="Optional"/> lets the column be absent from a file; otherwise a missing column rejects the file's rows.
/// </summary>
public sealed record FieldMapping
{
    public required IReadOnlyList<string> Columns { get; init; }

    public IReadOnlyList<string> DateFormats { get; init; } = [SourceProfile.IsoDateFormat];

    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    public bool Optional { get; init; }
}
