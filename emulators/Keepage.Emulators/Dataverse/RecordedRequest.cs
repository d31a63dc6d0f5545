namespace Keepage.Emulators.Dataverse;

/// <summary>
/// One request the emulator answered: method, path and query exactly as sent, the status it returned and the
/// request headers. $batch parts are recorded too, with <see cref="InBatch"/> set. <see cref="ReceivedAt"/> is when
/// it arrived (on the emulator's clock) and <see cref="RetryAfter"/> what a 429 or 503 told the client to wait.
/// </summary>
public sealed record RecordedRequest(
    string Method,
    string PathAndQuery,
    int Status,
    IReadOnlyDictionary<string, string> Headers,
    bool InBatch = false,
    DateTimeOffset ReceivedAt = default,
    TimeSpan? RetryAfter = null)
{
    public bool IsWrite => Method is "POST" or "PATCH" or "PUT" or "DELETE";

    /// <summary>True for the token endpoint, which is not part of the Web API.</summary>
    public bool IsToken => PathAndQuery.Contains("/oauth2/", StringComparison.Ordinal);
}
