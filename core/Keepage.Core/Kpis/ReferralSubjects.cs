using Keepage.Core.Referrals;

namespace Keepage.Core.Kpis;

// Decides which provider and practice each referral counts under, the same way for KPIs and alerts. Provider: the
// row's NPI when it passes its check digit; else the one valid NPI seen elsewhere with the same normalised name; else
// "name-" + the normalised name; else none (the referral is not counted per provider). Practice: the row's practice
// id; else the provider's most frequent practice id; else none. Written as plain loops: it runs over every referral.
internal sealed class ReferralSubjects
{
    private readonly Dictionary<string, string> _usualPractice;
    private readonly Lazy<List<SubjectHistory>> _providers;
    private readonly Lazy<List<SubjectHistory>> _practices;

    private ReferralSubjects(List<ResolvedReferral> referrals, Dictionary<string, string> usualPractice)
    {
        Referrals = referrals;
        _usualPractice = usualPractice;
        // Built once and shared by KPIs and alerts (Lazy is thread-safe: KPI grains are computed in parallel).
        _providers = new(() => Histories(r => r.ProviderId, r => r.NpiOnRow, r => r.Referral.ReferringName));
        _practices = new(() => Histories(r => r.PracticeId, r => r.PracticeOnRow, r => r.Referral.ReferringPracticeName));
        var first = int.MaxValue;
        foreach (var referral in referrals)
            first = Math.Min(first, referral.Month.Index);
        FirstMonth = referrals.Count == 0 ? null : new CalendarMonth(first);
    }

    public IReadOnlyList<ResolvedReferral> Referrals { get; }

    public CalendarMonth? FirstMonth { get; }

    // Resolves the referrals dated before asOf; later ones are not yet reportable.
    public static ReferralSubjects Resolve(IReadOnlyList<Referral> referrals, DateOnly asOf)
    {
        var current = new List<(Referral Referral, string? Npi, bool NpiValid)>(referrals.Count);
        foreach (var referral in referrals)
        {
            if (referral.ReferralDate >= asOf)
                continue;
            var npi = referral.ReferringNpi?.Trim();
            current.Add((referral, npi, Npi.IsValid(npi)));
        }
        var names = new ReferringNames();
        var npiByName = names.UniqueNpiByName(current);
        var providers = new string?[current.Count];
        var practices = new Dictionary<string, ValueTally>(StringComparer.Ordinal);
        for (var i = 0; i < current.Count; i++)
        {
            var (referral, npi, valid) = current[i];
            providers[i] = valid ? npi : names.Subject(referral.ReferringName, npiByName);
            if (providers[i] is { } provider && !string.IsNullOrWhiteSpace(referral.ReferringPracticeId))
                Tally(practices, provider).Add(referral.ReferringPracticeId);
        }
        var usualPractice = new Dictionary<string, string>(practices.Count, StringComparer.Ordinal);
        foreach (var (provider, tally) in practices)
            usualPractice[provider] = tally.MostFrequent()!;
        var resolved = new List<ResolvedReferral>(current.Count);
        for (var i = 0; i < current.Count; i++)
            resolved.Add(Resolved(current[i].Referral, providers[i], current[i].NpiValid, usualPractice));
        return new(resolved, usualPractice);
    }

    public string? UsualPractice(string providerId) => _usualPractice.GetValueOrDefault(providerId);

    public IReadOnlyList<SubjectHistory> ProviderHistories() => _providers.Value;

    public IReadOnlyList<SubjectHistory> PracticeHistories() => _practices.Value;

    // One pass over the referrals; histories in ordinal order of subject id, each named by its most frequent name.
    public List<SubjectHistory> Histories(
        Func<ResolvedReferral, string?> subject, Func<ResolvedReferral, bool> complete, Func<ResolvedReferral, string?> name)
    {
        var bySubject = new Dictionary<string, (SubjectHistory History, ValueTally Names)>(StringComparer.Ordinal);
        foreach (var referral in Referrals)
        {
            if (subject(referral) is not { } id)
                continue;
            if (!bySubject.TryGetValue(id, out var entry))
                bySubject[id] = entry = (new SubjectHistory(id), new ValueTally());
            entry.History.Add(referral.Referral.ReferralDate, complete(referral));
            entry.Names.Add(name(referral));
        }
        var histories = new List<SubjectHistory>(bySubject.Count);
        foreach (var (history, names) in bySubject.Values)
        {
            history.Seal(names.MostFrequent());
            histories.Add(history);
        }
        histories.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return histories;
    }

    private static ValueTally Tally(Dictionary<string, ValueTally> tallies, string key)
    {
        if (!tallies.TryGetValue(key, out var tally))
            tallies[key] = tally = new ValueTally();
        return tally;
    }

    private static ResolvedReferral Resolved(Referral referral, string? provider, bool npiOnRow, Dictionary<string, string> usualPractice)
    {
        var rowPractice = referral.ReferringPracticeId?.Trim();
        var hasRowPractice = !string.IsNullOrEmpty(rowPractice);
        var practice = hasRowPractice ? rowPractice : provider is null ? null : usualPractice.GetValueOrDefault(provider);
        return new(referral, CalendarMonth.Of(referral.ReferralDate), provider, npiOnRow, practice, hasRowPractice);
    }
}
