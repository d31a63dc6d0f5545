namespace Keepage.Emulators.Dataverse.Limits;

/// <summary>What <see cref="FaultInjector"/> does to one request.</summary>
internal enum FaultKind
{
    None,
    Throttle,
    Unavailable,
    Drop,
    DropAfterCommit,
}
