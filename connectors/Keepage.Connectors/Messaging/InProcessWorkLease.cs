using Keepage.Core.Messaging;

namespace Keepage.Connectors.Messaging;

/// <summary>Leases for one process (the embedded host, a single SQLite file): a name is held until released or expired.</summary>
public sealed class InProcessWorkLease(TimeProvider? clock = null) : IWorkLease
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (Guid Holder, DateTimeOffset Until)> _held = new(StringComparer.Ordinal);

    public Task<IAsyncDisposable?> TryAcquireAsync(string name, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var now = _clock.GetUtcNow();
        lock (_gate)
        {
            if (_held.TryGetValue(name, out var current) && current.Until > now)
                return Task.FromResult<IAsyncDisposable?>(null);
            var holder = Guid.NewGuid();
            _held[name] = (holder, now + duration);
            return Task.FromResult<IAsyncDisposable?>(new Release(() => Forget(name, holder)));
        }
    }

    private void Forget(string name, Guid holder)
    {
        lock (_gate)
        {
            if (_held.TryGetValue(name, out var current) && current.Holder == holder)
                _held.Remove(name);
        }
    }

    private sealed class Release(Action release) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            release();
            return ValueTask.CompletedTask;
        }
    }
}
