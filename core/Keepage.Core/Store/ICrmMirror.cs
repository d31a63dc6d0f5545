using Keepage.Core.Crm;

namespace Keepage.Core.Store;

/// <summary>The local copy of what each CRM holds about providers, practices and outreach.</summary>
public interface ICrmMirror
{
    /// <summary>Replaces what is held for <see cref="CrmSnapshot.CrmTarget"/> with the snapshot.</summary>
    Task SaveSnapshotAsync(CrmSnapshot snapshot, CancellationToken cancellationToken);

    Task<IReadOnlyList<CrmSnapshot>> LoadSnapshotsAsync(CancellationToken cancellationToken);
}
