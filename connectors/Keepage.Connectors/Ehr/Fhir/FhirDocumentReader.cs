using System.Text.Json;
using System.Xml;
using Hl7.Fhir.Utility;
using Keepage.Core.Ingest;

namespace Keepage.Connectors.Ehr.Fhir;

/// <summary>
/// Reads one JSON or XML document (a whole file or one NDJSON line) into records. A Bundle's reference data is
/// remembered before its entries are mapped, so a requester may come after the ServiceRequest that names it.
/// </summary>
internal sealed class FhirDocumentReader(FhirParser parser, FhirUnitMapper mapper)
{
    public List<MappedRecord> ReadJson(ReadOnlyMemory<byte> json, RecordNumbers numbers) =>
        Read(() => parser.ParseJson(json.Span), numbers);

    public List<MappedRecord> ReadXml(byte[] xml, RecordNumbers numbers) => Read(() => parser.ParseXml(xml), numbers);

    private List<MappedRecord> Read(Func<ParsedDocument> parse, RecordNumbers numbers)
    {
        List<FhirUnit> units;
        try
        {
            units = FhirUnits.Of(parse(), numbers);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return [MappedRecord.Rejected(numbers.Next(), Unreadable(exception))];
        }
        foreach (var unit in units)
            mapper.Remember(unit);
        return [.. units.Select(mapper.Map).OfType<MappedRecord>()];
    }

    // Parser messages can quote the content, so only the kind of failure and a position are kept.
    private static string Unreadable(Exception exception) => exception switch
    {
        CodedException coded => FhirIssues.Reason(coded),
        JsonException json => $"not well-formed JSON (line {json.LineNumber + 1}, byte {json.BytePositionInLine + 1})",
        XmlException xml => XmlScan.Reason(xml),
        _ => $"the resource could not be parsed as FHIR ({exception.GetType().Name})",
    };
}
