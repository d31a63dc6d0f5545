using Keepage.Core.Alerts;
using Keepage.Core.Kpis;
using Keepage.Core.Referrals;
using Keepage.Core.Store;

namespace Keepage.Core.Flows;

/// <summary>Flow 4b: leakage alerts from the referrals held, replacing the previous set in the store.</summary>
public sealed class EvaluateAlerts(IAnalyticsStore analytics, AlertSettings settings)
{
    public Task<IReadOnlyList<Alert>> RunAsync(
        IReadOnlyList<Referral> referrals, DateOnly asOf, CancellationToken cancellationToken) =>
        RunAsync(referrals, OutreachContext.None, asOf, cancellationToken);

    public async Task<IReadOnlyList<Alert>> RunAsync(
        IReadOnlyList<Referral> referrals, OutreachContext outreach, DateOnly asOf, CancellationToken cancellationToken)
    {
        var alerts = AlertEvaluator.Evaluate(referrals, outreach, settings, asOf);
        await analytics.ReplaceAlertsAsync(alerts, cancellationToken);
        return alerts;
    }
}
