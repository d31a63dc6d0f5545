using Keepage.Core.Kpis;
using Keepage.Core.Referrals;

namespace Keepage.Core.Alerts;

// unscheduled_referral_aging: a provider's referrals still pending, unscheduled, between AgingDays and AgingMaximumDays
// old. The period is the month the oldest of them crossed AgingDays, so the alert keeps its key while that backlog lasts.
internal static class UnscheduledAgingRule
{
    public static IEnumerable<Alert> Evaluate(IReadOnlyList<ResolvedReferral> referrals, Func<string, SubjectHistory> historyOf, DateOnly asOf, AlertSettings settings)
    {
        var newest = asOf.AddDays(-settings.AgingDays);
        var oldest = asOf.AddDays(-settings.AgingMaximumDays);
        var aging = referrals
            .Where(r => r.ProviderId is not null && r.Referral.Status == ReferralStatus.Pending && r.Referral.ScheduledDate is null
                && r.Referral.ReferralDate <= newest && r.Referral.ReferralDate > oldest)
            .GroupBy(r => r.ProviderId!, StringComparer.Ordinal);
        foreach (var provider in aging)
        {
            var count = provider.Count();
            var since = provider.Min(r => r.Referral.ReferralDate).AddDays(settings.AgingDays);
            var history = historyOf(provider.Key);
            yield return AlertFactory.Provider(
                AlertRules.UnscheduledAging, history, CalendarMonth.Of(since).Label,
                count >= 5 ? AlertSeverity.High : count >= 2 ? AlertSeverity.Medium : AlertSeverity.Low, null, count,
                $"{count} referrals from {AlertWording.Subject(Grains.Provider, history.Id, history.Name)} are still unscheduled after " +
                $"{settings.AgingDays} days; call the office.");
        }
    }
}
