using System.Globalization;
using Keepage.Core.Alerts;
using Keepage.Core.Generation;
using Keepage.Core.Kpis;
using Keepage.Core.Referrals;

namespace Keepage.Bench;

/// <summary>
/// Precision and recall of volume_drop and dormant_referrer alerts against the generator's planted anomalies over ten
/// seeds, and the share of stable referrers (valid NPI, nothing planted) each rule fires for. Default alert settings.
/// </summary>
internal sealed class AlertQualityReport(TextWriter output)
{
    private static readonly string[] Rules = [AlertRules.VolumeDrop, AlertRules.DormantReferrer];

    public static GeneratorSettings Size { get; } = new()
    {
        Providers = 1_000,
        Months = 36,
        PlantedVolumeDrops = 20,
        PlantedDormantReferrers = 20,
        PlantedNewReferrers = 10,
    };

    public void Run()
    {
        var seeds = Enumerable.Range(1, 10).Select(i => 1000 + i).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Keepage alert quality: seeds {seeds[0]}-{seeds[^1]}, {Size.Providers:N0} providers over {Size.Months} months each, " +
            $"{Size.PlantedVolumeDrops} drops and {Size.PlantedDormantReferrers} dormant referrers planted per seed"));
        var totals = Rules.ToDictionary(r => r, _ => new RuleQuality(0, 0, 0, 0, 0, 0), StringComparer.Ordinal);
        foreach (var seed in seeds)
        {
            var data = DemoDataGenerator.Generate(Size with { Seed = seed });
            var referrals = data.AcceptedReferrals();
            var alerts = AlertEvaluator.Evaluate(referrals, new AlertSettings(), data.Settings.AsOf);
            foreach (var rule in Rules)
                totals[rule] += Measure(rule, data.GroundTruth, referrals, alerts);
        }
        foreach (var (rule, q) in totals)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{rule}: recall {q.Recall:P1} ({q.Found}/{q.Planted}), precision {q.Precision:P1} ({q.TrueAlerts}/{q.Alerts}), " +
                $"false positives over stable referrers {q.FalsePositiveRate:P2} ({q.StableAlerted}/{q.StableReferrers})"));
        }
    }

    private static RuleQuality Measure(string rule, DemoGroundTruth truth, IReadOnlyList<Referral> referrals, IReadOnlyList<Alert> alerts)
    {
        var planted = truth.Anomalies
            .Where(a => a.Rule == rule)
            .Select(a => Alert.MakeKey(a.Rule, a.SubjectType, a.SubjectId, a.Period))
            .ToHashSet(StringComparer.Ordinal);
        var anomalous = truth.Anomalies.Select(a => a.SubjectId).ToHashSet(StringComparer.Ordinal);
        var raised = alerts.Where(a => a.Rule == rule && a.SubjectType == Grains.Provider).ToList();
        var stable = referrals
            .Select(r => r.ReferringNpi)
            .Where(npi => Npi.IsValid(npi) && !anomalous.Contains(npi!))
            .ToHashSet(StringComparer.Ordinal);
        return new RuleQuality(
            planted.Count,
            raised.Count(a => planted.Contains(a.Key)),
            raised.Count,
            raised.Count(a => planted.Contains(a.Key)),
            stable.Count,
            raised.Select(a => a.SubjectId).Where(stable.Contains).Distinct(StringComparer.Ordinal).Count());
    }
}
