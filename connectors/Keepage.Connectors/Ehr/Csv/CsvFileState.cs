using Keepage.Mapping;

namespace Keepage.Connectors.Ehr.Csv;

/// <summary>What a reader knows about the file so far: its columns, why they cannot be mapped, and the record count.</summary>
internal sealed class CsvFileState(bool hasHeader)
{
    private int _recordNumber;

    public CsvColumns? Columns { get; private set; }

    public string? HeaderProblem { get; private set; }

    public void Start(string[] firstRow, RecordMapper mapper)
    {
        Columns = hasHeader ? CsvColumns.FromHeader(firstRow) : CsvColumns.Numbered(firstRow.Length);
        HeaderProblem = hasHeader && Array.Exists(firstRow, name => name.Contains('\0', StringComparison.Ordinal))
            ? "the header row holds binary data (NUL characters); is this a delimited text export?"
            : mapper.FindMissingColumns(Columns.Names);
    }

    public int NextRecordNumber() => ++_recordNumber;

    /// <summary>
    /// A problem with the file as a whole when no row carried it: a header the profile cannot map. A header-only file
    /// that maps is a valid empty export, and so, to the reader, is an empty file (sources reject those, see
    /// <c>ExportIngestion</c>).
    /// </summary>
    public bool Problem(out string problem)
    {
        problem = Columns is not null && _recordNumber == 0 && HeaderProblem is not null ? HeaderProblem : "";
        return problem.Length > 0;
    }
}
