using nietras.SeparatedValues;

namespace Keepage.Connectors.Ehr.Csv;

/// <summary>
/// The rows of a delimited file as string arrays (blank lines as null), turning a parse failure or a broken
/// <see cref="CsvLimits"/> bound into <see cref="Failure"/> instead of an exception: the reader must never throw for
/// content. Failures of the underlying stream (I/O) still throw, so the caller can retry.
/// </summary>
internal sealed class CsvRows(TextReader text, SepReaderOptions options) : IDisposable
{
    private SepReader? _reader;

    public string[]? Current { get; private set; }

    public string? Failure { get; private set; }

    public async ValueTask<bool> MoveNextAsync(CancellationToken cancellationToken)
    {
        if (Failure is not null)
            return false;
        try
        {
            _reader ??= await options.FromAsync(text, cancellationToken);
            if (!await _reader.MoveNextAsync(cancellationToken))
                return false;
            Current = Values(_reader.Current);
            return true;
        }
        catch (Exception e) when (e is CsvLimitException or InvalidDataException or NotSupportedException or ArgumentException or IndexOutOfRangeException)
        {
            Failure = e is CsvLimitException ? e.Message : "the file could not be parsed as delimited text";
            return false;
        }
    }

    public void Dispose() => _reader?.Dispose();

    private static string[]? Values(SepReader.Row row)
    {
        if (row.ColCount == 1 && row[0].Span.IsWhiteSpace())
            return null;
        var values = new string[row.ColCount];
        for (var i = 0; i < values.Length; i++)
            values[i] = row[i].ToString();
        return values;
    }
}
