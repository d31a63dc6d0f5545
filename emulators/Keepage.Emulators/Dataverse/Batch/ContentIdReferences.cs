using System.Text.Json;
using Keepage.Emulators.Dataverse.Handlers;
using Keepage.Emulators.Dataverse.Http;

namespace Keepage.Emulators.Dataverse.Batch;

/// <summary>Replaces <c>$n</c> Content-ID references in a change set's URLs and <c>@odata.bind</c> values.</summary>
internal static class ContentIdReferences
{
    public static string Resolve(string target, Dictionary<string, string>? created)
    {
        if (!target.StartsWith('$') || target.StartsWith("$batch", StringComparison.Ordinal))
            return target;
        var end = target.IndexOfAny(['/', '?']);
        var reference = end < 0 ? target[1..] : target[1..end];
        if (created is null || !created.TryGetValue(reference, out var url))
            throw ApiFault.InvalidArgument($"Content-ID Reference: '${reference}' does not exist in the batch context.");
        return url + (end < 0 ? "" : target[end..]);
    }

    public static string ResolveBinds(string body, Dictionary<string, string> created)
    {
        var json = RequestBody.Object(new ApiRequest("POST", "", "", "", new Dictionary<string, string>(), body));
        foreach (var (name, value) in json.ToList())
        {
            if (name.EndsWith("@odata.bind", StringComparison.Ordinal) && value?.GetValueKind() == JsonValueKind.String
                && value.GetValue<string>() is { } text && text.StartsWith('$'))
                json[name] = Resolve(text, created);
        }
        return json.ToJsonString(JsonOutput.Options);
    }
}
