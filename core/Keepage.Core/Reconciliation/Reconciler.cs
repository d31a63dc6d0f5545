using Keepage.Core.Crm;
using Keepage.Core.Referrals;

namespace Keepage.Core.Reconciliation;

/// <summary>
/// Flow 3 (pure): links referring providers to CRM contacts on NPI and practices to accounts on practice id, and
/// outreach activities to the provider they regard. A provider no target knows is reported, never linked by guess:
/// the report suggests a contact of the same practice with a similar name for the admin to confirm. NPIs that an EHR
/// export gave as local provider ids were already translated through the provider crosswalk at ingest.
/// </summary>
public static class Reconciler
{
    public static ReconciliationResult Reconcile(IReadOnlyList<Referral> referrals, IReadOnlyList<CrmSnapshot> snapshots)
    {
        var links = snapshots.Select(Link).ToList();
        var byNpi = referrals
            .Where(r => Npi.IsValid(r.ReferringNpi))
            .GroupBy(r => r.ReferringNpi!)
            .ToList();
        var practiceIds = referrals
            .Select(r => r.ReferringPracticeId)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var suggester = new ContactSuggester(snapshots, byNpi.Select(g => g.Key).ToHashSet(StringComparer.Ordinal));
        var unmatched = byNpi
            .Where(g => !links.Any(l => l.ProvidersByNpi.ContainsKey(g.Key)))
            .Select(g => Unmatched(g, suggester))
            .OrderByDescending(u => u.Referrals)
            .ThenBy(u => u.Npi, StringComparer.Ordinal)
            .ToList();

        return new ReconciliationResult(
            links,
            byNpi.Count,
            byNpi.Count - unmatched.Count,
            practiceIds.Count,
            practiceIds.Count(id => links.Any(l => l.PracticesById.ContainsKey(id))),
            links.Sum(l => l.OutreachByNpi.Values.Sum(a => a.Count)),
            unmatched);
    }

    private static UnmatchedReferrer Unmatched(IGrouping<string, Referral> referrals, ContactSuggester suggester)
    {
        var name = referrals.Select(r => r.ReferringName).FirstOrDefault(n => n is not null);
        var practice = referrals.FirstOrDefault(r => !string.IsNullOrWhiteSpace(r.ReferringPracticeId)) ?? referrals.First();
        return new UnmatchedReferrer(referrals.Key, name, referrals.Count())
        {
            PracticeId = practice.ReferringPracticeId?.Trim(),
            Suggestion = suggester.Suggest(name, practice.ReferringPracticeId, practice.ReferringPracticeName),
        };
    }

    private static CrmLinks Link(CrmSnapshot snapshot)
    {
        var providers = snapshot.Providers
            .Where(p => Npi.IsValid(p.Npi))
            .GroupBy(p => p.Npi!)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.CrmId, StringComparer.Ordinal).First(), StringComparer.Ordinal);
        var practices = snapshot.Practices
            .Where(p => !string.IsNullOrWhiteSpace(p.PracticeId))
            .GroupBy(p => p.PracticeId!.Trim())
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.CrmId, StringComparer.Ordinal).First(), StringComparer.Ordinal);
        var npiByContact = providers.Values.ToDictionary(p => p.CrmId, p => p.Npi!, StringComparer.OrdinalIgnoreCase);
        var outreach = snapshot.Activities
            .Where(a => a.RegardingType == "contact" && a.RegardingCrmId is not null && npiByContact.ContainsKey(a.RegardingCrmId))
            .GroupBy(a => npiByContact[a.RegardingCrmId!])
            .ToDictionary(g => g.Key, g => (IReadOnlyList<OutreachActivity>)[.. g.OrderBy(a => a.OccurredOn)], StringComparer.Ordinal);
        return new CrmLinks(snapshot.CrmTarget, providers, practices, outreach);
    }
}
