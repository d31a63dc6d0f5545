namespace Keepage.Connectors.Ehr.Fhir;

/// <summary>
/// Tells JSON, NDJSON and XML apart by content, not by file name: <c>&lt;</c> starts XML; a first line that starts with
/// <c>{</c> and ends with <c>}</c> within the line bound is a whole resource, so the file is NDJSON (a one-line document
/// reads the same either way); any other <c>{</c> starts a pretty-printed or very long document.
/// </summary>
internal static class FhirLayouts
{
    public static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public static FhirLayout Detect(FirstLine firstLine)
    {
        var span = firstLine.Start.Span;
        if (span.Length >= 2 && (span[0], span[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
            return IsUtf16Xml(span) ? FhirLayout.XmlDocument : FhirLayout.Utf16Json;
        if (span.IsEmpty)
            return firstLine.Ended ? FhirLayout.Empty : FhirLayout.NotFhir;
        var text = WithoutBom(span).Trim(" \t\r"u8);
        if (text.IsEmpty)
            return FhirLayout.Ndjson;
        return text[0] switch
        {
            (byte)'<' => FhirLayout.XmlDocument,
            (byte)'{' => firstLine.Ended && text[^1] == (byte)'}' ? FhirLayout.Ndjson : FhirLayout.JsonDocument,
            _ => FhirLayout.NotFhir,
        };
    }

    public static ReadOnlySpan<byte> WithoutBom(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(Utf8Bom) ? bytes[Utf8Bom.Length..] : bytes;

    /// <summary>The bytes without a UTF-8 byte order mark and surrounding blanks.</summary>
    public static ReadOnlyMemory<byte> Content(ReadOnlyMemory<byte> bytes)
    {
        if (bytes.Span.StartsWith(Utf8Bom))
            bytes = bytes[Utf8Bom.Length..];
        var span = bytes.Span;
        var start = span.Length - span.TrimStart(" \t\r\n"u8).Length;
        var end = span.TrimEnd(" \t\r\n"u8).Length;
        return end <= start ? ReadOnlyMemory<byte>.Empty : bytes[start..end];
    }

    private static bool IsUtf16Xml(ReadOnlySpan<byte> span) =>
        span.Length >= 4 && (span[0] == 0xFF ? span[2] : span[3]) == (byte)'<';
}
