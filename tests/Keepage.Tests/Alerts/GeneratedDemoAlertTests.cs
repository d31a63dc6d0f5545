using Keepage.Core.Alerts;
using Keepage.Core.Generation;
using Keepage.Core.Kpis;

namespace Keepage.Tests.Alerts;

public sealed class GeneratedDemoAlertTests
{
    [Theory]
    [InlineData(20261101)]
    [InlineData(7)]
    [InlineData(42)]
    public void FindsEveryPlantedVolumeDropAndDormantReferrer(int seed)
    {
        var (data, alerts) = Evaluate(seed);

        var planted = data.GroundTruth.Anomalies.Where(a => a.Rule is AlertRules.VolumeDrop or AlertRules.DormantReferrer).ToList();
        Assert.True(planted.Count(a => a.Rule == AlertRules.VolumeDrop) >= 4);
        Assert.True(planted.Count(a => a.Rule == AlertRules.DormantReferrer) >= 3);
        var keys = alerts.Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
        Assert.All(planted, a => Assert.Contains(Alert.MakeKey(a.Rule, a.SubjectType, a.SubjectId, a.Period), keys));
    }

    [Theory]
    [InlineData(20261101)]
    [InlineData(7)]
    [InlineData(42)]
    public void RaisesFewVolumeDropsWhereNoneWasPlanted(int seed)
    {
        var (data, alerts) = Evaluate(seed);

        // A practice whose planted provider dropped or went quiet really did drop, so it is not a false alarm.
        var explained = data.GroundTruth.Anomalies
            .Where(a => a.Rule is AlertRules.VolumeDrop or AlertRules.DormantReferrer)
            .SelectMany(a => new[] { a.SubjectId, a.PracticeId })
            .ToHashSet(StringComparer.Ordinal);
        var unplanted = alerts.Where(a => a.Rule == AlertRules.VolumeDrop && !explained.Contains(a.SubjectId)).ToList();
        Assert.True(unplanted.Count <= 2, string.Join(Environment.NewLine, unplanted.Select(a => a.Explanation)));
    }

    [Fact]
    public void RatesEveryPlantedVolumeDropHigh()
    {
        var (data, alerts) = Evaluate(20261101);

        var drops = data.GroundTruth.Anomalies.Where(a => a.Rule == AlertRules.VolumeDrop).Select(a => a.SubjectId).ToHashSet(StringComparer.Ordinal);
        Assert.All(alerts.Where(a => a.Rule == AlertRules.VolumeDrop && a.SubjectType == Grains.Provider && drops.Contains(a.SubjectId)),
            a => Assert.Equal(AlertSeverity.High, a.Severity));
    }

    private static (GeneratedDemoData Data, IReadOnlyList<Alert> Alerts) Evaluate(int seed)
    {
        var data = DemoDataGenerator.Generate(new GeneratorSettings { Seed = seed });
        return (data, AlertEvaluator.Evaluate(data.AcceptedReferrals(), new AlertSettings(), data.Settings.AsOf));
    }
}
