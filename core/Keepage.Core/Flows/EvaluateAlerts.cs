using Keepage.Core.Alerts;
using Keepage.Core.Kpis;
using Keepage.Core.Referrals;
using Keepage.Core.Store;

namespace Keepage.Core.Flows;

/// <summary>
/// Flow 4b: leakage alerts from the referrals held, less those a standing alert suppresses
/// (<see cref="AlertSuppression"/>, against the set kept last time), replacing the previous set in the store.
/// </summary>
public sealed class EvaluateAlerts(IAnalyticsStore analytics, AlertSettings settings)
{
    public Task<IReadOnlyList<Alert>> RunAsync(
        IReadOnlyList<Referral> referrals, DateOnly asOf, CancellationToken cancellationToken) =>
        RunAsync(referrals, OutreachContext.None, asOf, cancellationToken);

    public async Task<IReadOnlyList<Alert>> RunAsync(
        IReadOnlyList<Referral> referrals, OutreachContext outreach, DateOnly asOf, CancellationToken cancellationToken)
    {
        var raised = AlertEvaluator.Evaluate(referrals, outreach, settings, asOf);
        var previous = await analytics.ListAlertsAsync(cancellationToken);
        var alerts = AlertSuppression.Apply(raised, previous, settings, asOf);
        await analytics.ReplaceAlertsAsync(alerts, cancellationToken);
        return alerts;
    }
}
