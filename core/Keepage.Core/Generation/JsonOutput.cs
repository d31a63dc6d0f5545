using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Keepage.Core.Generation;

// Indented JSON with LF line ends and unescaped '&' and apostrophes, identical on every machine.
internal static class JsonOutput
{
    public static void Write(TextWriter target, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        // Relaxed escaping only stops "&" and "'" in names becoming \u0026 and \u0027; the output is a file, not HTML.
        var options = new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var writer = new Utf8JsonWriter(buffer, options))
            write(writer);
        target.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        target.Write('\n');
    }

    public static string Utc(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
