using Keepage.Core.Alerts;
using Keepage.Core.Kpis;
using Keepage.Core.Store;

namespace Keepage.Connectors.Messaging;

/// <summary>A read-only view of the KPIs and alerts one work item names, for <see cref="Core.Flows.PublishToCrm"/> to publish.</summary>
internal sealed class SelectedAnalytics(IReadOnlyList<KpiRecord> kpis, IReadOnlyList<Alert> alerts) : IAnalyticsStore
{
    public Task<IReadOnlyList<KpiRecord>> ListKpisAsync(CancellationToken cancellationToken) => Task.FromResult(kpis);

    public Task<IReadOnlyList<Alert>> ListAlertsAsync(CancellationToken cancellationToken) => Task.FromResult(alerts);

    public Task ReplaceKpisAsync(IReadOnlyList<KpiRecord> kpis, CancellationToken cancellationToken) =>
        throw new NotSupportedException("A work item's selection is read-only.");

    public Task ReplaceAlertsAsync(IReadOnlyList<Alert> alerts, CancellationToken cancellationToken) =>
        throw new NotSupportedException("A work item's selection is read-only.");
}
