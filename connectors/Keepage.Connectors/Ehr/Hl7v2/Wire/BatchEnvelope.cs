using System.Globalization;
using System.Text;

namespace Keepage.Connectors.Ehr.Hl7v2.Wire;

/// <summary>
/// The FHS/BHS ... BTS/FTS wrapper of a batch file. Its trailers carry counts (BTS-1 messages, FTS-1 batches); a count
/// that does not match, or a trailer that never comes, means the file was cut or spliced, which is worth a rejection
/// of the file as a whole even though every message in it was read.
/// </summary>
internal sealed class BatchEnvelope
{
    private readonly List<string> _problems = [];
    private bool _fileOpen;
    private bool _batchOpen;
    private int _batches;
    private int _messagesInBatch;

    public bool Seen { get; private set; }

    public static bool IsEnvelope(ScannedLine line) =>
        line.Kind == ScannedLineKind.Segment
        && (line.StartsWith("FHS"u8) || line.StartsWith("BHS"u8) || line.StartsWith("BTS"u8) || line.StartsWith("FTS"u8))
        && (line.Bytes.Length == 3 || !char.IsAsciiLetterOrDigit((char)line.Bytes[3]));

    public void CountMessage()
    {
        if (_batchOpen)
            _messagesInBatch++;
    }

    public void Read(ScannedLine line)
    {
        Seen = true;
        switch (Encoding.ASCII.GetString(line.Bytes, 0, 3))
        {
            case "FHS":
                _fileOpen = true;
                break;
            case "BHS":
                if (_batchOpen)
                    _problems.Add("BTS segment is missing before the next BHS: the batch may be truncated");
                _batchOpen = true;
                _batches++;
                _messagesInBatch = 0;
                break;
            case "BTS":
                if (_batchOpen && Count(line) is { } messages && messages != _messagesInBatch)
                    _problems.Add($"BTS-1 batch message count is not the number of messages read ({messages} declared, {_messagesInBatch} read)");
                _batchOpen = false;
                break;
            default:
                if (_batches > 0 && Count(line) is { } batches && batches != _batches)
                    _problems.Add($"FTS-1 file batch count is not the number of batches read ({batches} declared, {_batches} read)");
                _fileOpen = false;
                break;
        }
    }

    /// <summary>Everything wrong with the file as a whole, or null.</summary>
    public string? Finish(bool anyMessage)
    {
        if (_batchOpen)
            _problems.Add("BTS segment is missing: the file may be truncated");
        if (_fileOpen)
            _problems.Add("FTS segment is missing: the file may be truncated");
        if (!anyMessage && !Seen)
            _problems.Add("the file is empty or holds no HL7 v2 message");
        return _problems.Count == 0 ? null : string.Join("; ", _problems);
    }

    // Field 1 of a trailer, when it is a plain count; the separator is whatever follows the segment ID.
    private static int? Count(ScannedLine line)
    {
        if (line.Bytes.Length < 5)
            return null;
        var text = Encoding.Latin1.GetString(line.Bytes, 4, Math.Min(line.Bytes.Length - 4, 32));
        var end = text.IndexOf((char)line.Bytes[3], StringComparison.Ordinal);
        var field = end < 0 ? text : text[..end];
        return field.Length is > 0 and <= 9 && !field.AsSpan().ContainsAnyExceptInRange('0', '9')
            ? int.Parse(field, CultureInfo.InvariantCulture)
            : null;
    }
}
