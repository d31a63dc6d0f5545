namespace Keepage.Core.Kpis;

// How referrals are grouped for one grain: the subject a referral counts under (none: left out of that grain),
// whether the row itself carried what decided it (coverage), and the display name.
internal sealed record GrainSelector(
    string Grain,
    Func<ResolvedReferral, string?> Subject,
    Func<ResolvedReferral, bool> Complete,
    Func<ResolvedReferral, string?> Name)
{
    public static IReadOnlyList<GrainSelector> For(OutreachContext outreach)
    {
        List<GrainSelector> grains =
        [
            new(Grains.Provider, r => r.ProviderId, r => r.NpiOnRow, r => r.Referral.ReferringName),
            new(Grains.Practice, r => r.PracticeId, r => r.PracticeOnRow, r => r.Referral.ReferringPracticeName),
            new(Grains.ServiceLine, r => ServiceLineOf(r), _ => true, r => ServiceLineOf(r)),
            new(Grains.System, _ => KpiSubjects.All, _ => true, _ => null),
        ];
        // Without a CRM there is no owner to group by.
        if (outreach.HasCrm)
            grains.Insert(3, new(Grains.Liaison, r => outreach.LiaisonOf(r.ProviderId, r.PracticeId), r => r.NpiOnRow, _ => null));
        return grains;
    }

    private static string? ServiceLineOf(ResolvedReferral referral) =>
        string.IsNullOrWhiteSpace(referral.Referral.ServiceLine) ? null : referral.Referral.ServiceLine.Trim();
}
