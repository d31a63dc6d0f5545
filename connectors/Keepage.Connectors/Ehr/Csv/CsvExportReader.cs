using System.Runtime.CompilerServices;
using Keepage.Core.Ingest;
using Keepage.Core.Privacy;
using Keepage.Mapping;
using nietras.SeparatedValues;

namespace Keepage.Connectors.Ehr.Csv;

/// <summary>
/// Streams a delimited export (CSV, TSV, semicolon or pipe; UTF-8 with or without BOM, UTF-16 with BOM or
/// Windows-1252; CRLF, LF or CR-only; quoted fields with delimiters, quotes and newlines) and maps each data row
/// through the source profile. Completely empty lines are skipped and not counted; a row whose column count differs
/// from the header's is rejected, not fatal. Bad content never throws: a file that breaks <see cref="CsvLimits"/> or
/// cannot be parsed further has its remaining rows rejected as one record with the reason, and a file whose header
/// cannot be mapped, and that has no rows, is rejected as record 0. An empty file reads as no records.
/// </summary>
public sealed class CsvExportReader : IExportReader
{
    private readonly SourceProfile _profile;
    private readonly RecordMapper _mapper;
    private readonly CsvLimits _limits;

    /// <param name="profile">The source profile (format csv).</param>
    /// <param name="pseudonymizer">Keys patient ids at read.</param>
    /// <param name="source">Stamped on records without a source column value; defaults to the profile's.</param>
    /// <param name="crosswalk">Provider id to NPI table; required when the profile has a crosswalk section.</param>
    /// <param name="limits">Size bounds; <see cref="CsvLimits.Default"/> when null.</param>
    public CsvExportReader(
        SourceProfile profile, PatientPseudonymizer pseudonymizer, string? source = null, ProviderCrosswalk? crosswalk = null, CsvLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.Format != SourceProfile.CsvFormat)
            throw new ArgumentException($"Profile '{profile.Name}' is for format '{profile.Format}', not csv.", nameof(profile));
        _profile = string.IsNullOrWhiteSpace(source) ? profile : profile with { Source = source.Trim() };
        _mapper = new RecordMapper(_profile, pseudonymizer, crosswalk);
        _limits = limits ?? CsvLimits.Default;
    }

    public IAsyncEnumerable<MappedRecord> ReadAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        return ReadAhead.Of(token => ReadRowsAsync(content, token), batchSize: 1000, batchesAhead: 4, cancellationToken);
    }

    private async IAsyncEnumerable<MappedRecord> ReadRowsAsync(Stream content, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var text = new CsvRowLimiter(await ExportEncoding.OpenAsync(content, _profile.Encoding, cancellationToken), _limits.MaxRowChars);
        var rows = new CsvRows(text, Options());
        using var _ = rows;
        var file = new CsvFileState(_profile.HasHeader);
        while (await rows.MoveNextAsync(cancellationToken))
        {
            if (rows.Current is not { } values)
                continue;
            if (file.Columns is null)
            {
                file.Start(values, _mapper);
                if (_profile.HasHeader)
                    continue;
            }
            yield return Map(file.NextRecordNumber(), values, file);
        }
        if (rows.Failure is { } failure)
            yield return MappedRecord.Rejected(file.NextRecordNumber(), $"{failure}; the rest of the file was not read");
        else if (file.Problem(out var problem))
            yield return MappedRecord.Rejected(0, problem);
    }

    private MappedRecord Map(int recordNumber, string[] values, CsvFileState file) =>
        file.HeaderProblem is { } problem ? MappedRecord.Rejected(recordNumber, problem)
        : values.Length > _limits.MaxColumns ? MappedRecord.Rejected(recordNumber, $"the row has too many columns (more than {_limits.MaxColumns})")
        : values.Length != file.Columns!.Count
            ? MappedRecord.Rejected(recordNumber, $"the row has {values.Length} columns but the file has {file.Columns.Count}")
        : Array.Exists(values, value => value.Contains('\0', StringComparison.Ordinal))
            ? MappedRecord.Rejected(recordNumber, "the row holds binary data (NUL characters)")
        : _mapper.Map(recordNumber, file.Columns.Lookup(values));

    private SepReaderOptions Options() => Sep.Reader(options => options with
    {
        Sep = _profile.Delimiter is { } delimiter ? new Sep(delimiter) : null,
        HasHeader = false,
        DisableColCountCheck = true,
        Unescape = true,
    });
}
