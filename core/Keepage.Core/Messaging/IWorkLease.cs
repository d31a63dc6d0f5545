namespace Keepage.Core.Messaging;

/// <summary>
/// A named lease for work that must run once at a time across instances (analysis, a manual "run now" beside the
/// timer). Leases expire, so a crashed holder never blocks the work for longer than the duration.
/// </summary>
public interface IWorkLease
{
    /// <summary>Takes the lease for <paramref name="duration"/>, or returns null while another holder has it. Dispose to release.</summary>
    Task<IAsyncDisposable?> TryAcquireAsync(string name, TimeSpan duration, CancellationToken cancellationToken);
}
