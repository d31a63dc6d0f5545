using System.Globalization;
using Keepage.Core.Alerts;
using Keepage.Core.Kpis;

namespace Keepage.Core.Generation;

// Builds DemoGroundTruth from the plan and the rows actually written.
internal static class GroundTruth
{
    public static DemoGroundTruth Build(
        GeneratorSettings settings, IReadOnlyList<DemoProvider> providers, IReadOnlyList<int[]> volumes, IReadOnlyList<DemoReferral> rows, DemoCrm crm)
    {
        var anomalies = providers
            .Where(p => p.Role != PlantedRole.None)
            .Select(p => Anomaly(settings, p, volumes[p.Index]))
            .OrderBy(a => a.Rule, StringComparer.Ordinal)
            .ThenBy(a => a.SubjectType, StringComparer.Ordinal)
            .ThenBy(a => a.SubjectId, StringComparer.Ordinal)
            .ToList();
        var unmatched = providers.Where(p => !p.InCrm).Select(p => p.Npi).Order(StringComparer.Ordinal).ToList();
        return new DemoGroundTruth(settings.Seed, settings.AsOf, Label(settings.MonthStart), Counts(settings, rows, crm), anomalies, unmatched);
    }

    private static PlantedAnomaly Anomaly(GeneratorSettings settings, DemoProvider provider, int[] counts) => provider.Role switch
    {
        PlantedRole.VolumeDrop => Planted(AlertRules.VolumeDrop, provider, Label(settings.MonthStart),
            Math.Round((decimal)ReferralVolumes.Baseline(counts), 2, MidpointRounding.AwayFromZero), counts[^1]),
        PlantedRole.Dormant => Planted(AlertRules.DormantReferrer, provider, Label(settings.AsOf), null, 0),
        _ => Planted(AlertRules.NewReferrer, provider, Label(settings.FirstMonth.AddMonths(provider.FirstMonth)), null, counts[provider.FirstMonth]),
    };

    private static PlantedAnomaly Planted(string rule, DemoProvider provider, string period, decimal? baseline, int observed) =>
        new(rule, Grains.Provider, provider.Npi, provider.DisplayName, provider.Practice.PracticeId, period, baseline, observed);

    private static DemoCounts Counts(GeneratorSettings settings, IReadOnlyList<DemoReferral> rows, DemoCrm crm) => new(
        Rows: rows.Count,
        AcceptedReferrals: rows.Count(r => !r.IsQuarantinedOnIngest),
        BadReferralDates: rows.Count(r => r.Defect == ReferralDefect.BadReferralDate),
        MissingReferringProviders: rows.Count(r => r.Defect == ReferralDefect.MissingReferringProvider),
        InvalidNpis: rows.Count(r => r.Defect == ReferralDefect.InvalidNpiCheckDigit),
        Providers: settings.Providers,
        Practices: settings.PracticeCount,
        Liaisons: crm.Liaisons.Count,
        Contacts: crm.Contacts.Count,
        Appointments: crm.Activities.Count(a => a.Table == DemoOutreach.Appointment),
        PhoneCalls: crm.Activities.Count(a => a.Table == DemoOutreach.PhoneCall));

    private static string Label(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
