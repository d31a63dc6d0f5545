using F23.StringSimilarity;
using Keepage.Core.Crm;
using Keepage.Core.Kpis;

namespace Keepage.Core.Reconciliation;

// Fuzzy suggestions for referrers no contact carries the NPI of: contacts of the same practice (the account with the
// referrer's practice id, or an account whose normalised name equals the referrer's practice name) whose normalised name
// is at least MinimumScore similar (Jaro-Winkler). Contacts whose NPI another referrer in the data uses are someone
// else, so they are not offered. Candidates come from the practice, so this never compares every pair.
internal sealed class ContactSuggester
{
    public const double MinimumScore = 0.9;
    private static readonly JaroWinkler Similarity = new();
    private readonly Dictionary<string, List<(string Target, Provider Contact, string Name)>> _byPracticeKey = new(StringComparer.Ordinal);

    public ContactSuggester(IReadOnlyList<CrmSnapshot> snapshots, IReadOnlySet<string> referringNpis)
    {
        foreach (var snapshot in snapshots)
        {
            var keys = snapshot.Practices.ToLookup(p => p.CrmId, PracticeKeys, StringComparer.OrdinalIgnoreCase);
            foreach (var contact in snapshot.Providers)
            {
                if ((contact.Npi is { } npi && referringNpis.Contains(npi)) || ReferringName.Normalise(contact.Name) is not { } name
                    || contact.PracticeCrmId is not { } account)
                    continue;
                foreach (var key in keys[account].SelectMany(k => k).Distinct(StringComparer.Ordinal))
                    Add(key, (snapshot.CrmTarget, contact, name));
            }
        }
    }

    public ContactSuggestion? Suggest(string? name, string? practiceId, string? practiceName)
    {
        if (ReferringName.Normalise(name) is not { } normalised)
            return null;
        var best = Keys(practiceId, practiceName)
            .SelectMany(key => _byPracticeKey.GetValueOrDefault(key) ?? [])
            .Select(c => (c.Target, c.Contact, Score: Math.Round((decimal)Similarity.Similarity(normalised, c.Name), 3)))
            .Where(c => c.Score >= (decimal)MinimumScore)
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Target, StringComparer.Ordinal)
            .ThenBy(c => c.Contact.CrmId, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Contact is null ? null : new ContactSuggestion(best.Target, best.Contact.CrmId, best.Contact.Name, best.Score);
    }

    private void Add(string key, (string, Provider, string) contact)
    {
        if (!_byPracticeKey.TryGetValue(key, out var contacts))
            _byPracticeKey[key] = contacts = [];
        contacts.Add(contact);
    }

    private static IEnumerable<string> PracticeKeys(Practice practice) => Keys(practice.PracticeId, practice.Name);

    private static IEnumerable<string> Keys(string? practiceId, string? practiceName)
    {
        if (!string.IsNullOrWhiteSpace(practiceId))
            yield return "id:" + practiceId.Trim();
        if (ReferringName.Normalise(practiceName) is { } name)
            yield return "name:" + name;
    }
}
