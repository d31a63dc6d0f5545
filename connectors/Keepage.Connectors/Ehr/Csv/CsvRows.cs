using nietras.SeparatedValues;

namespace Keepage.Connectors.Ehr.Csv;

/// <summary>
/// The rows of a delimited file as string arrays (blank lines as null), one row ahead of the caller so that a row
/// cut by the <see cref="CsvRowLimiter"/> is never handed out. A parse failure or a broken limit becomes
/// <see cref="Failure"/> instead of an exception: the reader must never throw for content. Failures of the underlying
/// stream (I/O) still throw, so the caller can retry.
/// </summary>
internal sealed class CsvRows(CsvRowLimiter text, SepReaderOptions options) : IDisposable
{
    private SepReader? _reader;
    private bool _started;
    private bool _hasNext;
    private string[]? _next;

    public string[]? Current { get; private set; }

    public string? Failure { get; private set; }

    public async ValueTask<bool> MoveNextAsync(CancellationToken cancellationToken)
    {
        if (!_started)
        {
            _started = true;
            _hasNext = await ReadAsync(cancellationToken);
        }
        if (!_hasNext)
            return false;
        Current = _next;
        _hasNext = await ReadAsync(cancellationToken);
        if (_hasNext || !text.Exceeded)
            return true;
        Failure = text.Problem;
        return false;
    }

    public void Dispose() => _reader?.Dispose();

    private async ValueTask<bool> ReadAsync(CancellationToken cancellationToken)
    {
        if (Failure is not null)
            return false;
        try
        {
            _reader ??= await options.FromAsync(text, cancellationToken);
            if (!await _reader.MoveNextAsync(cancellationToken))
                return false;
            _next = Values(_reader.Current);
            return true;
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or ArgumentException or IndexOutOfRangeException)
        {
            Failure = "the file could not be parsed as delimited text";
            return false;
        }
    }

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
