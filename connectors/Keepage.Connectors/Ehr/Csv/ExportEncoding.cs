using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Keepage.Mapping;

namespace Keepage.Connectors.Ehr.Csv;

/// <summary>
/// Opens an export's bytes as text in the profile's encoding. A BOM always wins (UTF-8, UTF-16 LE/BE). With
/// <c>auto</c>, the first 64 KiB decide: valid UTF-8 reads as UTF-8 (later invalid bytes as Windows-1252, byte by
/// byte), anything else as Windows-1252, the usual encoding of US EHR reporting tools on Windows.
/// </summary>
internal static class ExportEncoding
{
    public const int SniffBytes = 64 * 1024;

    private static readonly Encoding Utf8Or1252 = Utf8With1252Fallback();

    public static async Task<TextReader> OpenAsync(Stream content, string encodingName, CancellationToken cancellationToken)
    {
        var prefix = new byte[SniffBytes];
        var length = await content.ReadAtLeastAsync(prefix, prefix.Length, throwOnEndOfStream: false, cancellationToken);
        var bytes = prefix.AsMemory(0, length);
        var (encoding, bomLength) = Choose(bytes.Span, encodingName, atEnd: length < prefix.Length);
        var stream = new PrefixedStream(bytes[bomLength..], content);
        return new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024);
    }

    internal static (Encoding Encoding, int BomLength) Choose(ReadOnlySpan<byte> prefix, string encodingName, bool atEnd)
    {
        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return (Utf8Or1252, 3);
        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return (Encoding.Unicode, 2);
        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return (Encoding.BigEndianUnicode, 2);
        return encodingName switch
        {
            TextEncodings.Windows1252 => (Windows1252Fallback.Encoding1252, 0),
            TextEncodings.Utf8 => (Utf8Or1252, 0),
            _ => (IsUtf8(prefix, atEnd) ? Utf8Or1252 : Windows1252Fallback.Encoding1252, 0),
        };
    }

    private static Encoding Utf8With1252Fallback()
    {
        var encoding = (Encoding)new UTF8Encoding(false, false).Clone();
        encoding.DecoderFallback = Windows1252Fallback.Instance;
        return encoding;
    }

    /// <summary>Valid UTF-8, allowing a sequence cut off by the end of the prefix when more bytes follow.</summary>
    private static bool IsUtf8(ReadOnlySpan<byte> prefix, bool atEnd)
    {
        var chars = ArrayPool<char>.Shared.Rent(prefix.Length + 1);
        try
        {
            var status = Utf8.ToUtf16(prefix, chars, out _, out _, replaceInvalidSequences: false, isFinalBlock: atEnd);
            return status is System.Buffers.OperationStatus.Done or System.Buffers.OperationStatus.NeedMoreData;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
