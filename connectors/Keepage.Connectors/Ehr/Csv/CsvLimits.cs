namespace Keepage.Connectors.Ehr.Csv;

/// <summary>
/// Bounds on one delimited file, so a hostile or broken export (an unclosed quote, a field of a gigabyte, a line of
/// commas) is rejected instead of exhausting memory. A row counts characters between line ends outside quotes.
/// </summary>
public sealed record CsvLimits
{
    public static CsvLimits Default { get; } = new();

    public int MaxRowChars { get; init; } = 1024 * 1024;

    public int MaxColumns { get; init; } = 2048;
}
