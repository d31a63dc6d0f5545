using Keepage.Core.Alerts;
using Keepage.Core.Kpis;

namespace Keepage.Core.Store;

/// <summary>Computed KPIs and alerts, replaced as a whole by each analysis.</summary>
public interface IAnalyticsStore
{
    Task ReplaceKpisAsync(IReadOnlyList<KpiRecord> kpis, CancellationToken cancellationToken);

    Task ReplaceAlertsAsync(IReadOnlyList<Alert> alerts, CancellationToken cancellationToken);

    Task<IReadOnlyList<KpiRecord>> ListKpisAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<Alert>> ListAlertsAsync(CancellationToken cancellationToken);
}
