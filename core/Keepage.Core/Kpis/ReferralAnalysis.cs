using Keepage.Core.Referrals;

namespace Keepage.Core.Kpis;

/// <summary>
/// The referrals as of a date, resolved once to the provider and practice each counts under (docs/kpis-and-alerts.md),
/// for both <see cref="KpiCalculator"/> and <see cref="Alerts.AlertEvaluator"/>: a run that computes both resolves a
/// million referrals once instead of twice. Read-only once prepared.
/// </summary>
public sealed class ReferralAnalysis
{
    private ReferralAnalysis(ReferralSubjects subjects, DateOnly asOf)
    {
        Subjects = subjects;
        AsOf = asOf;
    }

    public DateOnly AsOf { get; }

    internal ReferralSubjects Subjects { get; }

    public static ReferralAnalysis Prepare(IReadOnlyList<Referral> referrals, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(referrals);
        return new(ReferralSubjects.Resolve(referrals, asOf), asOf);
    }
}
