using Keepage.Core.Referrals;

namespace Keepage.Core.Kpis;

// Decides which provider and practice each referral counts under, the same way for KPIs and alerts. Provider: the
// row's NPI when it passes its check digit; else the one valid NPI seen elsewhere with the same normalised name; else
// "name-" + the normalised name; else none (the referral is not counted per provider). Practice: the row's practice
// id; else the provider's most frequent practice id; else none.
internal sealed class ReferralSubjects
{
    private readonly Dictionary<string, string> _usualPractice;

    private ReferralSubjects(IReadOnlyList<ResolvedReferral> referrals, Dictionary<string, string> usualPractice)
    {
        Referrals = referrals;
        _usualPractice = usualPractice;
    }

    public IReadOnlyList<ResolvedReferral> Referrals { get; }

    public CalendarMonth? FirstMonth => Referrals.Count == 0 ? null : new(Referrals.Min(r => r.Month.Index));

    // Resolves the referrals dated before asOf; later ones are not yet reportable.
    public static ReferralSubjects Resolve(IReadOnlyList<Referral> referrals, DateOnly asOf)
    {
        var current = referrals.Where(r => r.ReferralDate < asOf).ToList();
        var npiByName = UniqueNpiByName(current);
        var providers = current.Select(r => (Referral: r, Provider: ProviderOf(r, npiByName))).ToList();
        var usualPractice = providers
            .Where(p => p.Provider is not null && !string.IsNullOrWhiteSpace(p.Referral.ReferringPracticeId))
            .GroupBy(p => p.Provider!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => MostFrequent(g.Select(p => p.Referral.ReferringPracticeId!.Trim()))!, StringComparer.Ordinal);
        return new(providers.Select(p => Resolved(p.Referral, p.Provider, usualPractice)).ToList(), usualPractice);
    }

    public string? UsualPractice(string providerId) => _usualPractice.GetValueOrDefault(providerId);

    public IReadOnlyList<SubjectHistory> ProviderHistories() =>
        Histories(r => r.ProviderId, r => r.NpiOnRow, r => r.Referral.ReferringName);

    public IReadOnlyList<SubjectHistory> PracticeHistories() =>
        Histories(r => r.PracticeId, r => r.PracticeOnRow, r => r.Referral.ReferringPracticeName);

    public List<SubjectHistory> Histories(
        Func<ResolvedReferral, string?> subject, Func<ResolvedReferral, bool> complete, Func<ResolvedReferral, string?> name) =>
        Referrals
            .Where(r => subject(r) is not null)
            .GroupBy(r => subject(r)!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var history = new SubjectHistory(g.Key, MostFrequent(g.Select(name)));
                foreach (var r in g.OrderBy(r => r.Referral.ReferralDate))
                    history.Add(r.Referral.ReferralDate, complete(r));
                return history;
            })
            .ToList();

    private static ResolvedReferral Resolved(Referral referral, string? provider, Dictionary<string, string> usualPractice)
    {
        var rowPractice = referral.ReferringPracticeId?.Trim();
        var hasRowPractice = !string.IsNullOrEmpty(rowPractice);
        var practice = hasRowPractice ? rowPractice : provider is null ? null : usualPractice.GetValueOrDefault(provider);
        return new(referral, CalendarMonth.Of(referral.ReferralDate), provider, Npi.IsValid(referral.ReferringNpi?.Trim()), practice, hasRowPractice);
    }

    private static string? ProviderOf(Referral referral, Dictionary<string, string> npiByName)
    {
        var npi = referral.ReferringNpi?.Trim();
        if (Npi.IsValid(npi))
            return npi;
        var name = ReferringName.Normalise(referral.ReferringName);
        if (name is null)
            return null;
        return npiByName.TryGetValue(name, out var known) ? known : KpiSubjects.NamePrefix + name;
    }

    private static Dictionary<string, string> UniqueNpiByName(IEnumerable<Referral> referrals) =>
        referrals
            .Select(r => (Npi: r.ReferringNpi?.Trim(), Name: ReferringName.Normalise(r.ReferringName)))
            .Where(p => p.Name is not null && Npi.IsValid(p.Npi))
            .GroupBy(p => p.Name!, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Npis: g.Select(p => p.Npi!).Distinct(StringComparer.Ordinal).ToList()))
            .Where(g => g.Npis.Count == 1)
            .ToDictionary(g => g.Name, g => g.Npis[0], StringComparer.Ordinal);

    // The most frequent non-blank value; ties go to the ordinally smallest so the choice is stable.
    private static string? MostFrequent(IEnumerable<string?> values) =>
        values
            .Where(v => !string.IsNullOrWhiteSpace(v))
            .GroupBy(v => v!.Trim(), StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault();
}
