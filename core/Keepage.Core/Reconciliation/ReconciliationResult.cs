namespace Keepage.Core.Reconciliation;

/// <summary>
/// The links per CRM target plus what could not be linked: referring NPIs no CRM contact carries, ranked by volume,
/// so the admin can add or fix them (the unmatched high-volume referrers report).
/// </summary>
public sealed record ReconciliationResult(
    IReadOnlyList<CrmLinks> Targets,
    int ReferringProviders,
    int MatchedProviders,
    int ReferringPractices,
    int MatchedPractices,
    int LinkedOutreachActivities,
    IReadOnlyList<UnmatchedReferrer> Unmatched)
{
    public CrmLinks? For(string crmTarget) => Targets.FirstOrDefault(t => t.CrmTarget == crmTarget);
}
