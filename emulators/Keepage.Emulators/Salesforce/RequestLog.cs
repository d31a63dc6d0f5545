namespace Keepage.Emulators.Salesforce;

/// <summary>The emulator's thread-safe record of what reached it, for tests to assert on.</summary>
internal sealed class RequestLog
{
    private readonly Lock _gate = new();
    private readonly List<RecordedRequest> _requests = [];

    public void Add(RecordedRequest request)
    {
        lock (_gate)
            _requests.Add(request);
    }

    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (_gate)
            return [.. _requests];
    }

    public void Clear()
    {
        lock (_gate)
            _requests.Clear();
    }
}
