using System.Text.Json;
using System.Text.Json.Nodes;
using Keepage.Emulators.Dataverse.Http;

namespace Keepage.Emulators.Dataverse.Handlers;

/// <summary>Reads a request's JSON object body; malformed JSON is a 400 like Dataverse's.</summary>
internal static class RequestBody
{
    public static JsonObject Object(ApiRequest request)
    {
        try
        {
            return JsonNode.Parse(request.Body.Length == 0 ? "{}" : request.Body) as JsonObject
                ?? throw ApiFault.Syntax("The request body must be a JSON object.");
        }
        catch (JsonException)
        {
            throw ApiFault.Syntax("Invalid JSON. The request body is not valid JSON.");
        }
    }
}
