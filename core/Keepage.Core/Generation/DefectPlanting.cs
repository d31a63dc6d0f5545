using System.Globalization;

namespace Keepage.Core.Generation;

// Spoils a few rows on purpose: about DefectRate of them get a bad date or lose the referring provider, and a few
// more get an NPI failing its check digit. Rows of planted providers are left intact so the ground truth stays exact.
internal static class DefectPlanting
{
    private const double InvalidNpiRate = 0.002;
    private const int MinimumInvalidNpis = 3;

    public static List<DemoReferral> Apply(Random rng, GeneratorSettings settings, List<DemoReferral> rows, IReadOnlyList<DemoProvider> providers)
    {
        var planted = providers.Where(p => p.Role != PlantedRole.None).Select(p => p.Npi).ToHashSet(StringComparer.Ordinal);
        var eligible = rng.Shuffled(Enumerable.Range(0, rows.Count).Where(i => !planted.Contains(rows[i].Referral.ReferringNpi!)));
        var quarantined = (int)Math.Round(rows.Count * settings.DefectRate);
        var invalid = Math.Max(MinimumInvalidNpis, (int)Math.Round(rows.Count * InvalidNpiRate));
        var result = rows.ToArray();
        for (var n = 0; n < quarantined + invalid && n < eligible.Count; n++)
        {
            var row = result[eligible[n]];
            result[eligible[n]] = n >= quarantined ? InvalidNpi(rng, row)
                : n % 2 == 0 ? BadDate(row, n / 2)
                : row with { Defect = ReferralDefect.MissingReferringProvider, Referral = row.Referral with { ReferringNpi = null, ReferringName = null } };
        }
        return [.. result];
    }

    private static DemoReferral BadDate(DemoReferral row, int variant)
    {
        var date = row.Referral.ReferralDate;
        var text = (variant % 3) switch
        {
            0 => date.ToString("yyyy-MM", CultureInfo.InvariantCulture) + "-32",
            1 => date.ToString("yyyy", CultureInfo.InvariantCulture) + "-13-" + date.ToString("dd", CultureInfo.InvariantCulture),
            _ => "",
        };
        return row with { Defect = ReferralDefect.BadReferralDate, ReferralDateText = text };
    }

    private static DemoReferral InvalidNpi(Random rng, DemoReferral row)
    {
        var npi = row.Referral.ReferringNpi!;
        var wrong = (npi[9] - '0' + rng.Next(1, 10)) % 10;
        var spoiled = npi[..9] + wrong.ToString(CultureInfo.InvariantCulture);
        return row with { Defect = ReferralDefect.InvalidNpiCheckDigit, Referral = row.Referral with { ReferringNpi = spoiled } };
    }
}
