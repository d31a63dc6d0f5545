using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;

namespace Keepage.Connectors.Ehr.Fhir;

/// <summary>
/// A JSON or XML document after parsing: a resource (maybe a Bundle) with the parser's issues, a whole-document problem,
/// or something that is deliberately not a resource (a bulk manifest or client log line).
/// </summary>
internal sealed record ParsedDocument(Resource? Resource, IReadOnlyList<CodedException> Issues, string? Problem)
{
    public static ParsedDocument NotAResource { get; } = new(null, [], null);

    public static ParsedDocument Failed(string problem) => new(null, [], problem);
}
