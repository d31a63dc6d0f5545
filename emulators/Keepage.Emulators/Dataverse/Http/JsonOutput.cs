using System.Text.Encodings.Web;
using System.Text.Json;

namespace Keepage.Emulators.Dataverse.Http;

internal static class JsonOutput
{
    public static JsonSerializerOptions Options { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
