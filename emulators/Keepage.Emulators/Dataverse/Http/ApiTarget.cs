namespace Keepage.Emulators.Dataverse.Http;

/// <summary>
/// Turns a request target (absolute, or host-relative <c>/api/data/v9.2/…</c>) into an <see cref="ApiRequest"/>.
/// The path is percent-decoded here, once; the query stays raw for the query-option parser.
/// </summary>
internal static class ApiTarget
{
    private const string ApiPrefix = "/api/data/";
    private static readonly HashSet<string> Versions = ["v9.0", "v9.1", "v9.2"];

    public static ApiRequest? Parse(string method, string target, IReadOnlyDictionary<string, string> headers, string body)
    {
        var scheme = target.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            var pathStart = target.IndexOf('/', scheme + 3);
            target = pathStart < 0 ? "/" : target[pathStart..];
        }
        var question = target.IndexOf('?', StringComparison.Ordinal);
        var path = question < 0 ? target : target[..question];
        var query = question < 0 ? "" : target[(question + 1)..];
        if (!path.StartsWith(ApiPrefix, StringComparison.OrdinalIgnoreCase))
            return null;
        var rest = path[ApiPrefix.Length..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var version = slash < 0 ? rest : rest[..slash];
        if (!Versions.Contains(version))
            return null;
        var resource = slash < 0 ? "" : Uri.UnescapeDataString(rest[(slash + 1)..]);
        return new ApiRequest(method, version, resource, query, headers, body);
    }
}
