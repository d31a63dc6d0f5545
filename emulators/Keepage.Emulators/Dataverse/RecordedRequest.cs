namespace Keepage.Emulators.Dataverse;

/// <summary>
/// One request the emulator answered: method, path and query exactly as sent, the status it returned and the
/// request headers. $batch parts are recorded too, with <see cref="InBatch"/> set.
/// </summary>
public sealed record RecordedRequest(
    string Method,
    string PathAndQuery,
    int Status,
    IReadOnlyDictionary<string, string> Headers,
    bool InBatch = false)
{
    public bool IsWrite => Method is "POST" or "PATCH" or "PUT" or "DELETE";
}
