using System.Globalization;
using Keepage.Core.Alerts;
using Keepage.Core.Generation;
using Keepage.Core.Kpis;

namespace Keepage.Tests.Kpis;

public sealed class GeneratedDemoKpiTests
{
    private static readonly GeneratedDemoData Data = DemoDataGenerator.Generate(new GeneratorSettings());
    private static readonly IReadOnlyList<KpiRecord> Records = KpiCalculator.Compute(Data.AcceptedReferrals(), new KpiSettings(), Data.Settings.AsOf);

    [Fact]
    public void CountsEveryPlantedNewReferrerInItsFirstMonth()
    {
        var planted = Data.GroundTruth.Anomalies.Where(a => a.Rule == AlertRules.NewReferrer).ToList();

        Assert.NotEmpty(planted);
        foreach (var month in planted.GroupBy(a => a.Period))
        {
            var record = Records.Single(r => r.Kpi == KpiNames.NewReferringProviders && r.PeriodStart.ToString("yyyy-MM", CultureInfo.InvariantCulture) == month.Key);
            Assert.True(record.Value >= month.Count(), $"{month.Key}: {record.Value} new, {month.Count()} planted");
        }
        Assert.All(planted, a => Assert.Equal(
            a.Observed, Records.Single(r => r.Kpi == KpiNames.ReferralVolume && r.PeriodType == PeriodTypes.Month && r.Grain == Grains.Provider && r.SubjectId == a.SubjectId && r.PeriodStart.ToString("yyyy-MM", CultureInfo.InvariantCulture) == a.Period).Value));
    }

    [Fact]
    public void ShowsThePlantedDropsInTheLastMonthsVolume()
    {
        var drops = Data.GroundTruth.Anomalies.Where(a => a.Rule == AlertRules.VolumeDrop).ToList();

        Assert.All(drops, a =>
        {
            var october = Records.Single(r => r.Key == KpiRecord.MakeKey(KpiNames.ReferralVolume, Grains.Provider, a.SubjectId, PeriodTypes.Month, new DateOnly(2026, 10, 1)));
            Assert.Equal(a.Observed, october.Value);
            Assert.True(october.ChangePercent <= -50, $"{a.SubjectId}: {october.ChangePercent}%");
        });
    }

    [Fact]
    public void ReportsLowerCoverageWhereInvalidNpisWereAttributedByName()
    {
        var flagged = Data.Rows.Where(r => r.Defect == ReferralDefect.InvalidNpiCheckDigit).Select(r => r.Referral.ReferringName).ToHashSet();

        Assert.Contains(Records, r => r.Grain == Grains.Provider && r.Coverage < 1 && flagged.Contains(r.SubjectName));
        Assert.DoesNotContain(Records, r => r.SubjectId.StartsWith(KpiSubjects.NamePrefix, StringComparison.Ordinal));
    }
}
