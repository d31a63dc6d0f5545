using System.Xml;

namespace Keepage.Connectors.Ehr.Fhir;

/// <summary>
/// One pass over an XML document before the FHIR parser sees it: well-formed, no DTD (so no entity expansion or
/// external entities), a root in the FHIR namespace, nesting and Bundle entries within the bounds.
/// </summary>
internal static class XmlScan
{
    public const string FhirNamespace = "http://hl7.org/fhir";

    public static XmlReaderSettings Settings(FhirReadLimits limits) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = limits.MaxDocumentBytes,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
    };

    /// <summary>Why the document cannot be read as FHIR XML, or null when it can.</summary>
    public static string? Problem(byte[] xml, FhirReadLimits limits)
    {
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(xml, writable: false), Settings(limits));
            if (reader.MoveToContent() != XmlNodeType.Element || reader.NamespaceURI != FhirNamespace)
                return "the XML root element is not in the FHIR namespace";
            return WalkProblem(reader, limits);
        }
        catch (XmlException exception)
        {
            return xml.AsSpan().IndexOf("<!DOCTYPE"u8) >= 0
                ? "XML with a DTD (DOCTYPE) is not accepted: entity expansion and external entities are refused"
                : Reason(exception);
        }
    }

    public static string Reason(XmlException exception) => exception.LineNumber > 0
        ? $"not well-formed XML (line {exception.LineNumber}, position {exception.LinePosition})"
        : "not well-formed XML";

    private static string? WalkProblem(XmlReader reader, FhirReadLimits limits)
    {
        var entries = 0;
        do
        {
            if (reader.NodeType != XmlNodeType.Element)
                continue;
            if (reader.Depth > limits.MaxDepth)
                return $"XML is nested deeper than {limits.MaxDepth} levels";
            if (reader.LocalName == "entry" && ++entries > limits.MaxBundleEntries)
                return $"the Bundle has more than {limits.MaxBundleEntries} entries";
        }
        while (reader.Read());
        return null;
    }
}
