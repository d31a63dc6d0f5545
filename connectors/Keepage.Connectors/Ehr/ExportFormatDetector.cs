using System.Text;

namespace Keepage.Connectors.Ehr;

/// <summary>
/// Tells an export's format from its first bytes: an MLLP start block (0x0B) or a first segment MSH / FHS / BHS is
/// HL7 v2; JSON or NDJSON with <c>"resourceType"</c> (or a bulk-export manifest), or XML in the FHIR namespace, is
/// FHIR; NUL bytes outside UTF-16 are binary (unknown); anything else is delimited text. A BOM is skipped.
/// </summary>
public static class ExportFormatDetector
{
    /// <summary>How many leading bytes <see cref="Detect"/> looks at.</summary>
    public const int PrefixBytes = 8 * 1024;

    private const string FhirNamespace = "http://hl7.org/fhir";

    public static ExportFormat Detect(ReadOnlySpan<byte> prefix)
    {
        var text = Decode(prefix, out var binary);
        if (binary)
            return ExportFormat.Unknown;
        if (text.StartsWith('\v'))
            return ExportFormat.Hl7v2;
        var start = text.AsSpan().TrimStart();
        if (start.IsEmpty)
            return ExportFormat.Csv;
        if ( IsHl7Segment(start, "MSH") || IsHl7Segment(start, "FHS") || IsHl7Segment(start, "BHS"))
            return ExportFormat.Hl7v2;
        return start[0] switch
        {
            '{' or '[' => IsFhirJson(start) ? ExportFormat.Fhir : ExportFormat.Unknown,
            '<' => start.Contains(FhirNamespace, StringComparison.Ordinal) ? ExportFormat.Fhir : ExportFormat.Unknown,
            _ => ExportFormat.Csv,
        };
    }

    /// <summary>Reads up to <see cref="PrefixBytes"/> from a fresh stream and detects the format.</summary>
    public static async Task<ExportFormat> DetectAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var prefix = new byte[PrefixBytes];
        var length = await content.ReadAtLeastAsync(prefix, prefix.Length, throwOnEndOfStream: false, cancellationToken);
        return Detect(prefix.AsSpan(0, length));
    }

    // The segment id is followed by the field separator, which is any non-alphanumeric character (MSH|, MSH^ ...).
    private static bool IsHl7Segment(ReadOnlySpan<char> text, string segment) =>
        text.Length > segment.Length && text.StartsWith(segment, StringComparison.Ordinal) && !char.IsLetterOrDigit(text[segment.Length])
        && !char.IsWhiteSpace(text[segment.Length]);

    private static bool IsFhirJson(ReadOnlySpan<char> text) =>
        text.Contains("\"resourceType\"", StringComparison.Ordinal)
        || (text.Contains("\"transactionTime\"", StringComparison.Ordinal) && text.Contains("\"output\"", StringComparison.Ordinal));

    private static string Decode(ReadOnlySpan<byte> prefix, out bool binary)
    {
        binary = false;
        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return Encoding.UTF8.GetString(prefix[3..]);
        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return Encoding.Unicode.GetString(prefix[2..]);
        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Encoding.BigEndianUnicode.GetString(prefix[2..]);
        binary = prefix.Contains((byte)0) || IsArchive(prefix);
        return binary ? "" : Encoding.Latin1.GetString(prefix);
    }

    // An archive inside an archive is not opened again (see Files/ArchiveLimits).
    private static bool IsArchive(ReadOnlySpan<byte> prefix) =>
        prefix.StartsWith("PK\u0003\u0004"u8) || prefix.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]);
}
