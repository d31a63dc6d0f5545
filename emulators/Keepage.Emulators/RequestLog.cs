namespace Keepage.Emulators;

/// <summary>An emulator's thread-safe record of what reached it, for tests to assert on.</summary>
internal sealed class RequestLog<TRequest>
{
    private readonly Lock _gate = new();
    private readonly List<TRequest> _requests = [];

    public void Add(TRequest request)
    {
        lock (_gate)
            _requests.Add(request);
    }

    public IReadOnlyList<TRequest> Snapshot()
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
