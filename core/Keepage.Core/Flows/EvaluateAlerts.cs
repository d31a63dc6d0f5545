using Keepage.Core.Alerts;
using Keepage.Core.Referrals;
using Keepage.Core.Store;

namespace Keepage.Core.Flows;

/// <summary>Flow 4b: leakage alerts from the referrals held, replacing the previous set in the store.</summary>
public sealed class EvaluateAlerts(IAnalyticsStore analytics, AlertSettings settings)
{
    public async Task<IReadOnlyList<Alert>> RunAsync(
        IReadOnlyList<Referral> referrals, DateOnly asOf, CancellationToken cancellationToken)
    {
        var alerts = AlertEvaluator.Evaluate(referrals, settings, asOf);
        await analytics.ReplaceAlertsAsync(alerts, cancellationToken);
        return alerts;
    }
}
