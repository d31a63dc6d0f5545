using Keepage.Core.Kpis;

namespace Keepage.Core.Alerts;

// out_of_network_shift: a provider's out-of-network referrals in the last complete month M against its own share over
// the BaselineMonths before (smoothed by half a referral so a clean baseline still expects a little). Fires when
// P(X >= observed | Poisson(expected)) < Alpha and the share rose by at least ShiftMinimumRise. Period M.
internal static class OutOfNetworkShiftRule
{
    public static IEnumerable<Alert> Evaluate(IReadOnlyList<ResolvedReferral> referrals, Func<string, SubjectHistory> historyOf, CalendarMonth month, AlertSettings settings)
    {
        var baselineStart = month.AddMonths(-settings.BaselineMonths).Index;
        var tallies = referrals
            .Where(r => r.ProviderId is not null && r.Referral.InNetwork is not null && r.Month.Index >= baselineStart && r.Month.Index <= month.Index)
            .GroupBy(r => r.ProviderId!, StringComparer.Ordinal);
        foreach (var provider in tallies)
        {
            var now = provider.Where(r => r.Month.Index == month.Index).ToList();
            if (now.Count < settings.ShiftMinimumReferrals)
                continue;
            var before = provider.Where(r => r.Month.Index < month.Index).ToList();
            var baselineShare = (before.Count(r => r.Referral.InNetwork == false) + 0.5) / (before.Count + 1);
            var observed = now.Count(r => r.Referral.InNetwork == false);
            var expected = baselineShare * now.Count;
            var p = 1 - Poisson.Cdf(observed - 1, expected);
            var share = (double)observed / now.Count;
            if (p < settings.Alpha && share - baselineShare >= settings.ShiftMinimumRise)
                yield return ToAlert(historyOf(provider.Key), month, expected, observed, now.Count, baselineShare, p);
        }
    }

    private static Alert ToAlert(SubjectHistory provider, CalendarMonth month, double expected, int observed, int total, double baseline, double p) =>
        AlertFactory.Provider(
            AlertRules.OutOfNetworkShift, provider, month.Label, p < 0.001 ? AlertSeverity.High : AlertSeverity.Medium,
            AlertWording.Rounded(expected), observed,
            $"Out-of-network referrals from {AlertWording.Subject(Grains.Provider, provider.Id, provider.Name)} in {month.Label}: " +
            $"{observed} of {total} ({AlertWording.Percent((double)observed / total)}), expected {AlertWording.Number(expected)} at the usual " +
            $"{AlertWording.Percent(baseline)} ({AlertWording.PValue(p)}).");
}
