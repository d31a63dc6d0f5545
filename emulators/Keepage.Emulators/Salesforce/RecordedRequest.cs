namespace Keepage.Emulators.Salesforce;

/// <summary>One request the emulator answered: method, path and query as sent, the status it returned, its headers.</summary>
public sealed record RecordedRequest(string Method, string PathAndQuery, int Status, IReadOnlyDictionary<string, string> Headers)
{
    public bool IsWrite => Method is "POST" or "PATCH" or "PUT" or "DELETE" && !IsToken;

    public bool IsToken => PathAndQuery.StartsWith("/services/oauth2/", StringComparison.Ordinal);

    /// <summary>A call that counts against the daily API allocation (everything under <c>/services/data/vXX.X/</c>).</summary>
    public bool IsApiCall => PathAndQuery.StartsWith("/services/data/v", StringComparison.Ordinal);
}
