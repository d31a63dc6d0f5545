using System.Collections.Concurrent;

namespace Keepage.Tests.Salesforce;

/// <summary>
/// A clock whose timers fire at once, recording each wait asked for: the connector's backoff and poll delays take no
/// real time in tests, and the tests can still assert how long production would have waited.
/// </summary>
internal sealed class InstantWaits : TimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _waits = new();

    public IReadOnlyList<TimeSpan> Requested => [.. _waits];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            _waits.Enqueue(dueTime);
            ThreadPool.QueueUserWorkItem(_ => callback(state));
        }
        return new NoTimer();
    }

    private sealed class NoTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
