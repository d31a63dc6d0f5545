using System.Runtime.CompilerServices;

namespace Keepage.Connectors.Ehr.Hl7v2.Wire;

/// <summary>
/// Streams a file into messages, one at a time: a message starts at MSH and ends at the next MSH, batch segment, MLLP
/// block boundary or the end of the file. Accepts plain files (CR, LF or CRLF), MLLP-framed files holding several
/// frames, and FHS/BHS batches. Text that belongs to no message becomes one rejected piece per run; a problem of the
/// file as a whole (a batch trailer missing or miscounted, no message at all) comes last.
/// </summary>
internal sealed class Hl7v2MessageSplitter(Hl7v2ReaderOptions options)
{
    public async IAsyncEnumerable<RawMessage> SplitAsync(Stream content, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var scanner = new Hl7v2LineScanner(content, options.MaxMessageBytes);
        var message = new MessageAssembly(options);
        var batch = new BatchEnvelope();
        var inFrame = false;
        var any = false;
        while (await scanner.NextAsync(cancellationToken) is { } line)
        {
            var isEnvelope = BatchEnvelope.IsEnvelope(line);
            var isHeader = line.Kind == ScannedLineKind.Segment && line.StartsWith("MSH"u8);
            if (line.Kind != ScannedLineKind.Segment || isEnvelope || isHeader)
            {
                if (line.Kind == ScannedLineKind.FrameStart && inFrame)
                    message.MarkCutFrame();
                if (Close(message, batch) is { } done)
                {
                    any = true;
                    yield return done;
                }
            }
            if (line.Kind != ScannedLineKind.Segment)
                inFrame = line.Kind == ScannedLineKind.FrameStart;
            else if (isEnvelope)
                batch.Read(line);
            else if (isHeader)
                message.Start(line);
            else
                message.Add(line);
        }
        if (inFrame)
            message.MarkCutFrame();
        if (Close(message, batch) is { } last)
        {
            any = true;
            yield return last;
        }
        if (batch.Finish(any) is { } problem)
            yield return RawMessage.FileRejected(problem);
    }

    private static RawMessage? Close(MessageAssembly message, BatchEnvelope batch)
    {
        var done = message.Close();
        if (done is { Problem: not MessageAssembly.StrayText })
            batch.CountMessage();
        return done;
    }
}
