namespace Keepage.Emulators.Dataverse.Http;

/// <summary>
/// One Web API request, from the wire or from a $batch part. <see cref="Resource"/> is the percent-decoded path
/// after <c>/api/data/v9.x/</c>; <see cref="Query"/> the raw, still encoded query string (no leading '?').
/// </summary>
internal sealed record ApiRequest(
    string Method,
    string Version,
    string Resource,
    string Query,
    IReadOnlyDictionary<string, string> Headers,
    string Body)
{
    public string? Header(string name) => Headers.GetValueOrDefault(name);

    public PreferHeader Prefer => PreferHeader.Parse(Header("Prefer"));

    public bool IsRead => Method is "GET" or "HEAD";
}
