using System.Globalization;
using Keepage.Core.Referrals;

namespace Keepage.Core.Generation;

// Turns monthly counts into referral rows, sorted by date and numbered REF-0000001 onwards.
internal static class DemoReferrals
{
    public const string Source = "demo_ehr";
    private static readonly IReadOnlyList<(string Item, double Weight)> Lines =
        ClinicalCatalog.ServiceLines.Select(l => (l.Name, l.Weight)).ToList();

    public static List<DemoReferral> Build(Random rng, GeneratorSettings settings, IReadOnlyList<DemoProvider> providers, IReadOnlyList<int[]> volumes)
    {
        var targets = new ReferralTargets(rng);
        var patients = new PatientPool();
        var drawn = new List<(int Provider, int Sequence, DemoReferral Row)>();
        foreach (var provider in providers)
        {
            var sequence = 0;
            for (var m = 0; m < settings.Months; m++)
            {
                for (var k = 0; k < volumes[provider.Index][m]; k++)
                {
                    var date = DayIn(rng, settings.FirstMonth.AddMonths(m));
                    if (date > provider.LastReferralDate)
                        continue;
                    drawn.Add((provider.Index, sequence++, Draw(rng, provider, date, targets, patients, settings.AsOf)));
                }
            }
        }
        return drawn
            .OrderBy(d => d.Row.Referral.ReferralDate).ThenBy(d => d.Provider).ThenBy(d => d.Sequence)
            .Select((d, i) => d.Row with { Referral = d.Row.Referral with { ReferralId = Id(i + 1) } })
            .ToList();
    }

    private static string Id(int number) => "REF-" + number.ToString("D7", CultureInfo.InvariantCulture);

    private static DemoReferral Draw(Random rng, DemoProvider provider, DateOnly date, ReferralTargets targets, PatientPool patients, DateOnly asOf)
    {
        var lineName = rng.Chance(0.6) ? provider.PrimaryServiceLine : rng.PickWeighted(Lines);
        var line = ClinicalCatalog.ServiceLines.First(l => l.Name == lineName);
        var inNetwork = !rng.Chance(provider.OutOfNetworkShare);
        var referral = new Referral
        {
            ReferralId = "",
            Source = Source,
            ReferringNpi = provider.Npi,
            ReferringName = provider.DisplayName,
            ReferringPracticeId = provider.Practice.PracticeId,
            ReferringPracticeName = provider.Practice.Name,
            ReferredToNpi = targets.Pick(rng, line.Name, inNetwork),
            ReferredToDepartment = inNetwork ? line.Department : null,
            Specialty = rng.Pick(line.Specialties),
            ServiceLine = line.Name,
            ReferralDate = date,
            Status = ReferralStatus.Pending,
            // A few rows do not say whether the destination is in network, as real exports sometimes do not.
            InNetwork = rng.Chance(0.03) ? null : inNetwork,
            ProcedureCode = rng.Pick(line.ProcedureCodes),
            Payer = rng.PickWeighted(ClinicalCatalog.Payers),
            Priority = rng.PickWeighted(ClinicalCatalog.Priorities),
        };
        var patient = patients.Next(rng, provider.Practice.PracticeId);
        return new DemoReferral(ReferralFunnel.Apply(referral, rng, asOf), patient, ReferralDefect.None);
    }

    // Referrals are written on weekdays mostly: a weekend day is redrawn four times in five.
    private static DateOnly DayIn(Random rng, DateOnly month)
    {
        var days = DateTime.DaysInMonth(month.Year, month.Month);
        var date = month.AddDays(rng.Next(days));
        for (var attempt = 0; attempt < 3 && date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday && rng.Chance(0.8); attempt++)
            date = month.AddDays(rng.Next(days));
        return date;
    }
}
