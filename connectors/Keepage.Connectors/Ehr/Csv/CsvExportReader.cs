using System.Runtime.CompilerServices;
using Keepage.Core.Ingest;
using Keepage.Core.Privacy;
using Keepage.Mapping;
using nietras.SeparatedValues;

namespace Keepage.Connectors.Ehr.Csv;

/// <summary>
/// Streams a delimited export (CSV, TSV, semicolon or pipe; UTF-8 with or without BOM; CRLF or LF; quoted fields
/// with delimiters, quotes and newlines) and maps each data row through the source profile. Completely empty lines
/// are skipped and not counted; a row whose column count differs from the header's is rejected, not fatal.
/// </summary>
public sealed class CsvExportReader : IExportReader
{
    private readonly SourceProfile _profile;
    private readonly RecordMapper _mapper;

    /// <summary><paramref name="source"/> is stamped on records without a source column value; it defaults to the profile's.</summary>
    public CsvExportReader(SourceProfile profile, PatientPseudonymizer pseudonymizer, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.Format != SourceProfile.CsvFormat)
            throw new ArgumentException($"Profile '{profile.Name}' is for format '{profile.Format}', not csv.", nameof(profile));
        _profile = string.IsNullOrWhiteSpace(source) ? profile : profile with { Source = source.Trim() };
        _mapper = new RecordMapper(_profile, pseudonymizer);
    }

    public async IAsyncEnumerable<MappedRecord> ReadAsync(
        Stream content, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var reader = await Options().FromAsync(content, leaveOpen: true, cancellationToken);
        CsvColumns? columns = null;
        string? fileProblem = null;
        var recordNumber = 0;
        while (await reader.MoveNextAsync(cancellationToken))
        {
            var values = Values(reader.Current);
            if (values.Length == 1 && string.IsNullOrWhiteSpace(values[0]))
                continue;
            if (columns is null)
            {
                columns = _profile.HasHeader ? CsvColumns.FromHeader(values) : CsvColumns.Numbered(values.Length);
                fileProblem = _mapper.FindMissingColumns(columns.Names);
                if (_profile.HasHeader)
                    continue;
            }
            recordNumber++;
            yield return Map(recordNumber, values, columns, fileProblem);
        }
    }

    private MappedRecord Map(int recordNumber, string[] values, CsvColumns columns, string? fileProblem) =>
        fileProblem is not null ? MappedRecord.Rejected(recordNumber, fileProblem)
        : values.Length != columns.Count
            ? MappedRecord.Rejected(recordNumber, $"the row has {values.Length} columns but the file has {columns.Count}")
            : _mapper.Map(recordNumber, columns.Lookup(values));

    private SepReaderOptions Options() => Sep.Reader(options => options with
    {
        Sep = _profile.Delimiter is { } delimiter ? new Sep(delimiter) : null,
        HasHeader = false,
        DisableColCountCheck = true,
        Unescape = true,
    });

    private static string[] Values(SepReader.Row row)
    {
        var values = new string[row.ColCount];
        for (var i = 0; i < values.Length; i++)
            values[i] = row[i].ToString();
        return values;
    }
}
