using Keepage.Core.Kpis;
using Keepage.Core.Referrals;

namespace Keepage.Core.Alerts;

/// <summary>
/// Evaluates the leakage alerts as of a date: volume_drop for providers and practices on the last complete month
/// before it, dormant_referrer for providers. Pure: the same input gives the same alerts, sorted by key.
/// </summary>
public static class AlertEvaluator
{
    public static IReadOnlyList<Alert> Evaluate(IReadOnlyList<Referral> referrals, AlertSettings settings, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(referrals);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        var subjects = ReferralSubjects.Resolve(referrals, asOf);
        if (subjects.FirstMonth is not { } dataStart)
            return [];
        var month = CalendarMonth.LastCompleteBefore(asOf);
        var season = SeasonalIndex.Estimate(subjects.Referrals, dataStart, month);
        var providers = subjects.ProviderHistories();
        return VolumeDropRule.Evaluate(Grains.Provider, providers, season, month, settings)
            .Concat(VolumeDropRule.Evaluate(Grains.Practice, subjects.PracticeHistories(), season, month, settings))
            .Concat(DormantReferrerRule.Evaluate(providers, asOf, settings))
            .OrderBy(alert => alert.Key, StringComparer.Ordinal)
            .ToList();
    }
}
