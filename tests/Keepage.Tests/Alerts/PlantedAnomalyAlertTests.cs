using Keepage.Core.Alerts;
using Keepage.Core.Generation;
using Keepage.Core.Kpis;
using Keepage.Core.Referrals;

namespace Keepage.Tests.Alerts;

/// <summary>
/// The alert-quality targets on two generator seeds (the benchmark measures ten): volume_drop and dormant_referrer find
/// at least 90 % of the planted anomalies for their exact period, and fire for at most 5 % of stable referrers.
/// </summary>
public sealed class PlantedAnomalyAlertTests
{
    [Theory]
    [InlineData(AlertRules.VolumeDrop)]
    [InlineData(AlertRules.DormantReferrer)]
    public void FindsPlantedAnomaliesAndRarelyFiresForStableReferrers(string rule)
    {
        var (planted, found, stable, stableAlerted) = (0, 0, 0, 0);
        foreach (var seed in new[] { 2001, 2002 })
        {
            var data = DemoDataGenerator.Generate(new GeneratorSettings
            {
                Seed = seed, Providers = 600, Months = 36, PlantedVolumeDrops = 15, PlantedDormantReferrers = 15, PlantedNewReferrers = 5,
            });
            var referrals = data.AcceptedReferrals();
            var raised = AlertEvaluator.Evaluate(referrals, new AlertSettings(), data.Settings.AsOf)
                .Where(a => a.Rule == rule && a.SubjectType == Grains.Provider).ToList();
            var plantedKeys = data.GroundTruth.Anomalies.Where(a => a.Rule == rule)
                .Select(a => Alert.MakeKey(a.Rule, a.SubjectType, a.SubjectId, a.Period)).ToHashSet(StringComparer.Ordinal);
            var anomalous = data.GroundTruth.Anomalies.Select(a => a.SubjectId).ToHashSet(StringComparer.Ordinal);
            var stableNpis = referrals.Select(r => r.ReferringNpi).Where(n => Npi.IsValid(n) && !anomalous.Contains(n!)).ToHashSet(StringComparer.Ordinal);
            planted += plantedKeys.Count;
            found += raised.Count(a => plantedKeys.Contains(a.Key));
            stable += stableNpis.Count;
            stableAlerted += raised.Select(a => a.SubjectId).Where(stableNpis.Contains).Distinct(StringComparer.Ordinal).Count();
        }

        Assert.True(planted >= 20, $"{planted} anomalies planted");
        Assert.True(found >= 0.9 * planted, $"{rule} found {found} of {planted} planted anomalies");
        Assert.True(stableAlerted <= 0.05 * stable, $"{rule} fired for {stableAlerted} of {stable} stable referrers");
    }
}
