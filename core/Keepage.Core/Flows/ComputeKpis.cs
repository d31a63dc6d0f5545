using Keepage.Core.Kpis;
using Keepage.Core.Referrals;
using Keepage.Core.Store;

namespace Keepage.Core.Flows;

/// <summary>Flow 4a: KPIs from the referrals held, replacing the previous set in the store.</summary>
public sealed class ComputeKpis(IAnalyticsStore analytics, KpiSettings settings)
{
    public async Task<IReadOnlyList<KpiRecord>> RunAsync(
        IReadOnlyList<Referral> referrals, DateOnly asOf, CancellationToken cancellationToken)
    {
        var records = KpiCalculator.Compute(referrals, settings, asOf);
        await analytics.ReplaceKpisAsync(records, cancellationToken);
        return records;
    }
}
