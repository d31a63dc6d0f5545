using Keepage.Core.Referrals;

namespace Keepage.Core.Kpis;

// Normalised referring names, each raw name normalised once (a million rows carry a few thousand names), and the
// subject a row without a valid NPI counts under.
internal sealed class ReferringNames
{
    private readonly Dictionary<string, string?> _normalised = new(StringComparer.Ordinal);

    public string? Normalise(string? name)
    {
        if (name is null)
            return null;
        if (!_normalised.TryGetValue(name, out var normalised))
            _normalised[name] = normalised = ReferringName.Normalise(name);
        return normalised;
    }

    // Names seen with exactly one valid NPI, so a row carrying only that name can be attributed to it.
    public Dictionary<string, string> UniqueNpiByName(List<(Referral Referral, string? Npi, bool NpiValid)> rows)
    {
        var npis = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (referral, npi, valid) in rows)
        {
            if (!valid || Normalise(referral.ReferringName) is not { } name)
                continue;
            // null marks a name seen with two different NPIs.
            if (!npis.TryGetValue(name, out var known))
                npis[name] = npi;
            else if (known is not null && known != npi)
                npis[name] = null;
        }
        var unique = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, npi) in npis)
        {
            if (npi is not null)
                unique[name] = npi;
        }
        return unique;
    }

    public string? Subject(string? referringName, Dictionary<string, string> npiByName) =>
        Normalise(referringName) is not { } name ? null
        : npiByName.TryGetValue(name, out var known) ? known
        : KpiSubjects.NamePrefix + name;
}
