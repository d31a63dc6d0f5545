using System.Text.Json;
using System.Xml;
using Hl7.Fhir.Serialization;

namespace Keepage.Connectors.Ehr.Fhir;

/// <summary>
/// Parses one JSON or XML document with the Firely SDK after the bounded pre-scan. The mode is BackwardsCompatible
/// (unknown elements and codes from other FHIR versions are kept, not errors) with minimum cardinality not enforced,
/// since exports often omit elements the spec requires (intent, subject) and the mappers decide what they need; but
/// wrongly cased element and resource names are errors, not silently bound.
/// </summary>
internal sealed class FhirParser(FhirReadLimits limits)
{
    // Firely codes: "element with minimum cardinality 1 must be present", "wrong cased element", "wrong cased resource type".
    private const string MinimumCardinality = "PVAL105";
    private const string WrongCasedElement = "PVAL131";
    private const string WrongCasedResourceType = "PVAL132";

    private static readonly DeserializerSettings Settings = new DeserializerSettings()
        .UsingMode(DeserializationMode.BackwardsCompatible)
        .Ignoring([MinimumCardinality])
        .Enforcing([WrongCasedElement, WrongCasedResourceType]);

    private readonly FhirJsonDeserializer _json = new(Settings);
    private readonly FhirXmlDeserializer _xml = new(Settings);

    public ParsedDocument ParseJson(ReadOnlySpan<byte> json)
    {
        var scan = JsonScan.Of(json, limits);
        if (scan.Problem is not null)
            return ParsedDocument.Failed(scan.Problem);
        switch (scan.Root)
        {
            case JsonRoot.BulkManifest or JsonRoot.BulkClientLog:
                return ParsedDocument.NotAResource;
            case JsonRoot.NoResourceType:
                return ParsedDocument.Failed("the JSON object has no resourceType");
        }
        var reader = new Utf8JsonReader(json, JsonScan.Options(limits));
        _json.TryDeserializeResource(ref reader, out var resource, out var issues);
        return new ParsedDocument(resource, [.. issues], null);
    }

    public ParsedDocument ParseXml(byte[] xml)
    {
        if (XmlScan.Problem(xml, limits) is { } problem)
            return ParsedDocument.Failed(problem);
        using var reader = XmlReader.Create(new MemoryStream(xml, writable: false), XmlScan.Settings(limits));
        _xml.TryDeserializeResource(reader, out var resource, out var issues);
        return new ParsedDocument(resource, [.. issues], null);
    }
}
