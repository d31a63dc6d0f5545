using Keepage.Core.Kpis;
using Keepage.Core.Referrals;
using Keepage.Core.Store;

namespace Keepage.Core.Flows;

/// <summary>Flow 4a: KPIs from the referrals held, replacing the previous set in the store.</summary>
public sealed class ComputeKpis(IAnalyticsStore analytics, KpiSettings settings)
{
    public Task<IReadOnlyList<KpiRecord>> RunAsync(
        IReadOnlyList<Referral> referrals, DateOnly asOf, CancellationToken cancellationToken) =>
        RunAsync(referrals, OutreachContext.None, asOf, cancellationToken);

    public async Task<IReadOnlyList<KpiRecord>> RunAsync(
        IReadOnlyList<Referral> referrals, OutreachContext outreach, DateOnly asOf, CancellationToken cancellationToken)
    {
        var records = KpiCalculator.Compute(referrals, outreach, settings, asOf);
        await analytics.ReplaceKpisAsync(records, cancellationToken);
        return records;
    }

    /// <summary>
    /// Recomputes only the periods the changed referrals (new or updated, by referral date) touch, keeps the stored
    /// records of the other periods still published, and replaces the set. The result equals a full computation.
    /// </summary>
    public async Task<IReadOnlyList<KpiRecord>> RunIncrementalAsync(
        IReadOnlyList<Referral> referrals, IEnumerable<DateOnly> changedReferralDates, OutreachContext outreach,
        DateOnly asOf, DateOnly? previousAsOf, CancellationToken cancellationToken)
    {
        var touched = KpiPeriods.TouchedBy(changedReferralDates, settings, asOf, previousAsOf);
        var published = KpiPeriods.TouchedBy([DateOnly.MinValue], settings, asOf);
        var kept = (await analytics.ListKpisAsync(cancellationToken))
            .Where(r => published.Contains(new(r.PeriodType, r.PeriodStart)) && !touched.Contains(new(r.PeriodType, r.PeriodStart)));
        var records = kept
            .Concat(KpiCalculator.Compute(referrals, outreach, settings, asOf, touched))
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .ToList();
        await analytics.ReplaceKpisAsync(records, cancellationToken);
        return records;
    }
}
