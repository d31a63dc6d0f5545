using Keepage.Core.Crm;
using Keepage.Core.Store;
using Microsoft.Extensions.Logging;

namespace Keepage.Core.Flows;

/// <summary>Flow 2: read providers, practices and outreach from every CRM target into the local mirror.</summary>
public sealed class SyncCrm(IEnumerable<ICrmTarget> targets, ICrmMirror mirror, ILogger<SyncCrm> logger)
{
    public async Task<IReadOnlyList<CrmSnapshot>> RunAsync(CancellationToken cancellationToken)
    {
        var snapshots = new List<CrmSnapshot>();
        foreach (var target in targets)
        {
            var snapshot = await target.ReadAsync(cancellationToken);
            await mirror.SaveSnapshotAsync(snapshot, cancellationToken);
            logger.LogInformation(
                "Synced {Target}: {Providers} providers, {Practices} practices, {Activities} outreach activities",
                target.Name, snapshot.Providers.Count, snapshot.Practices.Count, snapshot.Activities.Count);
            snapshots.Add(snapshot);
        }
        return snapshots;
    }
}
