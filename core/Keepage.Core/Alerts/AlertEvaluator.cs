using Keepage.Core.Kpis;
using Keepage.Core.Referrals;

namespace Keepage.Core.Alerts;

/// <summary>
/// Evaluates the leakage alerts as of a date: volume_drop for providers and practices and out_of_network_shift for
/// providers on the last complete month before it; dormant_referrer, unscheduled_referral_aging and new_referrer for
/// providers; outreach_gap when a CRM was read. Pure: the same input gives the same alerts, sorted by key.
/// </summary>
public static class AlertEvaluator
{
    public static IReadOnlyList<Alert> Evaluate(IReadOnlyList<Referral> referrals, AlertSettings settings, DateOnly asOf) =>
        Evaluate(referrals, OutreachContext.None, settings, asOf);

    public static IReadOnlyList<Alert> Evaluate(IReadOnlyList<Referral> referrals, OutreachContext outreach, AlertSettings settings, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(referrals);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        return Evaluate(ReferralAnalysis.Prepare(referrals, asOf), outreach, settings);
    }

    /// <summary>The same from referrals already prepared, e.g. shared with <see cref="KpiCalculator"/>.</summary>
    public static IReadOnlyList<Alert> Evaluate(ReferralAnalysis analysis, OutreachContext outreach, AlertSettings settings)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(outreach);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        var (subjects, asOf) = (analysis.Subjects, analysis.AsOf);
        if (subjects.FirstMonth is not { } dataStart)
            return [];
        var month = CalendarMonth.LastCompleteBefore(asOf);
        var season = SeasonalIndex.Estimate(subjects.Referrals, dataStart, month);
        var providers = subjects.ProviderHistories();
        var byId = providers.ToDictionary(p => p.Id, StringComparer.Ordinal);
        return VolumeDropRule.Evaluate(Grains.Provider, providers, season, month, settings)
            .Concat(VolumeDropRule.Evaluate(Grains.Practice, subjects.PracticeHistories(), season, month, settings))
            .Concat(DormantReferrerRule.Evaluate(providers, asOf, settings))
            .Concat(OutOfNetworkShiftRule.Evaluate(subjects.Referrals, id => byId[id], month, settings))
            .Concat(UnscheduledAgingRule.Evaluate(subjects.Referrals, id => byId[id], asOf, settings))
            .Concat(NewReferrerRule.Evaluate(providers, dataStart, asOf, settings))
            .Concat(OutreachGapRule.Evaluate(providers, outreach, asOf, settings))
            .OrderBy(alert => alert.Key, StringComparer.Ordinal)
            .ToList();
    }
}
