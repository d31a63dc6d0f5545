namespace Keepage.Emulators.Salesforce.Http;

/// <summary>
/// One REST call below <c>/services/data/vXX.X/</c>: <see cref="Segments"/> are the percent-decoded path segments
/// after the version, <see cref="Query"/> the decoded query parameters.
/// </summary>
internal sealed record RestRequest(
    string Method,
    string Version,
    IReadOnlyList<string> Segments,
    IReadOnlyDictionary<string, string> Query,
    IReadOnlyDictionary<string, string> Headers,
    string Body)
{
    public string? Header(string name) => Headers.GetValueOrDefault(name);

    public string? Parameter(string name) => Query.GetValueOrDefault(name);

    public bool IsRead => Method is "GET" or "HEAD";

    /// <summary>The API version as a number, e.g. 62.0 for <c>v62.0</c>.</summary>
    public decimal VersionNumber => decimal.Parse(Version.TrimStart('v'), System.Globalization.CultureInfo.InvariantCulture);

    public string ApiRoot => $"/services/data/{Version}";
}
