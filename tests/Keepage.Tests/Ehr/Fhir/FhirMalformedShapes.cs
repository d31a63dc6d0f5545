using System.Text;
using static Keepage.Tests.Ehr.Fhir.FhirMalformedCorpus;

namespace Keepage.Tests.Ehr.Fhir;

/// <summary>The generated (byte-level) malformed variants of the corpus.</summary>
internal static class FhirMalformedShapes
{
    /// <summary>The limits the corpus is read with: small, so the size kinds stay fast.</summary>
    public const int MaxLineBytes = 64 * 1024;
    public const int MaxDocumentBytes = 256 * 1024;
    public const int MaxBundleEntries = 1_000;

    private static readonly string XmlRequest = $"""
        <ServiceRequest xmlns="http://hl7.org/fhir"><id value="x"/><status value="active"/><intent value="order"/>
        <code><coding><system value="http://snomed.info/sct"/><code value="3457005"/></coding></code>
        <subject><reference value="Patient/{Canary}"/></subject><authoredOn value="2024-01-09"/>
        <requester><identifier><system value="http://hl7.org/fhir/sid/us-npi"/><value value="1234567893"/></identifier></requester></ServiceRequest>
        """;

    public static byte[] Truncated(int index, Random random)
    {
        var whole = Utf8((index % 4) switch
        {
            0 => ValidRequest("t" + index),
            1 => FhirJson.Bundle((null, FhirJson.Practitioner("p", "1234567893")), (null, ValidRequest("t" + index))).Replace(",", ",\n", StringComparison.Ordinal),
            2 => XmlRequest,
            _ => string.Join("\n", ValidRequest("a" + index), ValidRequest("b" + index), ValidRequest("c" + index)),
        });
        var cut = random.Next(1, whole.Length - 1);
        while (whole[cut - 1] is (byte)'\n' or (byte)'}' or (byte)' ')
            cut--;
        return whole[..cut];
    }

    public static byte[] BinaryJunk(int index, Random random)
    {
        var junk = new byte[random.Next(50, 4000)];
        random.NextBytes(junk);
        junk[0] = (byte)"{<\0\u00ff[A\u0089"[index % 7];
        return junk;
    }

    public static byte[] WrongEncoding(int index)
    {
        var request = Request(("subject", $$"""{"reference":"Patient/{{Canary}}","display":"{{Canary}} Renée Müller {{index}}"}"""));
        return (index % 4) switch
        {
            0 => Encoding.Latin1.GetBytes(request),
            1 => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(request)],
            2 => Encoding.BigEndianUnicode.GetBytes(request),
            _ => Encoding.Latin1.GetBytes($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><ServiceRequest xmlns=\"http://hl7.org/fhir\"><id value=\"Renée{index}\"/></ServiceRequest>"),
        };
    }

    public static byte[] DeepNesting(int index)
    {
        var depth = 66 + index * 400;
        if (index % 2 == 1)
        {
            var open = string.Concat(Enumerable.Repeat("<extension url=\"u\">", depth));
            var close = string.Concat(Enumerable.Repeat("</extension>", depth));
            return Utf8($"<ServiceRequest xmlns=\"http://hl7.org/fhir\">{open}{close}</ServiceRequest>");
        }
        var nested = string.Concat(Enumerable.Repeat("{\"url\":\"u\",\"extension\":[", depth)) + "{\"url\":\"u\"}" + string.Concat(Enumerable.Repeat("]}", depth));
        return Utf8(Request(("extension", $"[{nested}]")));
    }

    public static byte[] HugeField(int index)
    {
        var filler = new string('x', MaxDocumentBytes + index * 1000);
        return (index % 4) switch
        {
            0 => Utf8(ValidRequest("ok") + "\n" + Request(("note", $"[{{\"text\":\"{Canary}{filler[..(MaxLineBytes + index)]}\"}}]"))),
            1 => Utf8("{\n" + Request(("note", $"[{{\"text\":\"{filler}\"}}]"))[1..]),
            2 => Utf8($"<ServiceRequest xmlns=\"http://hl7.org/fhir\"><id value=\"{filler}\"/></ServiceRequest>"),
            _ => Utf8(FhirJson.Bundle([.. Enumerable.Repeat<(string?, string)>((null, "{\"resourceType\":\"Basic\"}"), MaxBundleEntries + index)])),
        };
    }
}
