namespace Keepage.Connectors.Ehr.Hl7v2.Wire;

/// <summary>
/// Collects the lines of the message being read, enforcing the size and segment limits as lines arrive: once a limit
/// is passed the lines read so far are dropped and the rest are only counted, so memory stays bounded. Lines that
/// come before any MSH are counted as one piece of stray text, not kept.
/// </summary>
internal sealed class MessageAssembly(Hl7v2ReaderOptions options)
{
    public const string StrayText = "MSH segment is missing: the text is not an HL7 v2 message";

    private readonly List<byte[]> _lines = [];
    private long _bytes;
    private bool _isMessage;
    private bool _isStray;
    private string? _problem;

    public void Start(ScannedLine header)
    {
        _isMessage = true;
        Add(header);
    }

    public void Add(ScannedLine line)
    {
        if (!_isMessage)
        {
            _isStray = true;
            return;
        }
        if (_problem is not null)
            return;
        _bytes += line.Bytes.Length + 1;
        if (line.Oversized || _bytes > options.MaxMessageBytes)
            Fail($"the message is too large (more than {options.MaxMessageBytes} bytes)");
        else if (_lines.Count == options.MaxSegmentsPerMessage)
            Fail($"the message has too many segments (more than {options.MaxSegmentsPerMessage})");
        else
            _lines.Add(line.Bytes);
    }

    public void MarkCutFrame()
    {
        if (_isMessage && _problem is null)
            Fail("MLLP end block is missing: the message may be truncated");
    }

    /// <summary>The message (or stray text) read since the last boundary, or null when there was none.</summary>
    public RawMessage? Close()
    {
        var done = _isMessage ? new RawMessage([.. _lines], _problem)
            : _isStray ? RawMessage.Rejected(StrayText)
            : null;
        _lines.Clear();
        _bytes = 0;
        _isMessage = _isStray = false;
        _problem = null;
        return done;
    }

    private void Fail(string problem)
    {
        _problem = problem;
        _lines.Clear();
    }
}
