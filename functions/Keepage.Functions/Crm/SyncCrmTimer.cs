using Keepage.Core.Flows;
using Microsoft.Azure.Functions.Worker;

namespace Keepage.Functions.Crm;

/// <summary>Hourly: read providers, practices and outreach from every CRM into the mirror (flow 2).</summary>
public sealed class SyncCrmTimer(SyncCrm sync)
{
    [Function(nameof(SyncCrmTimer))]
    public async Task Run([TimerTrigger("0 5 * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        await sync.RunAsync(cancellationToken);
}
