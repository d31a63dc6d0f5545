using Keepage.Core.Kpis;
using Keepage.Core.Referrals;
using static Keepage.Tests.Kpis.SampleReferrals;

namespace Keepage.Tests.Kpis;

public sealed class KpiCalculatorTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 1);
    private static readonly DateOnly Aug = new(2026, 8, 1);
    private static readonly DateOnly Sep = new(2026, 9, 1);
    private static readonly DateOnly Oct = new(2026, 10, 1);

    private static IReadOnlyList<KpiRecord> Compute(IEnumerable<Referral> referrals, KpiSettings? settings = null) =>
        [.. KpiCalculator.Compute([.. referrals], settings ?? new KpiSettings(), AsOf).Where(r => r.PeriodType == PeriodTypes.Month && r.Kpi is KpiNames.ReferralVolume or KpiNames.NewReferringProviders)];

    private static KpiRecord? Find(IReadOnlyList<KpiRecord> records, string kpi, string grain, string subject, DateOnly month) =>
        records.SingleOrDefault(r => r.Key == KpiRecord.MakeKey(kpi, grain, subject, PeriodTypes.Month, month));

    [Fact]
    public void ComputesMonthOverMonthGrowthPerProvider()
    {
        var records = Compute(InMonth(Sep, 4, JaneSmith, "Dr Jane Smith").Concat(InMonth(Oct, 6, JaneSmith, "Dr Jane Smith")));

        var october = Find(records, KpiNames.ReferralVolume, Grains.Provider, JaneSmith, Oct)!;
        Assert.Equal("referral_volume.provider.1234567893.month.2026-10", october.Key);
        Assert.Equal((6m, 4m, 50.0m, 6, 1m), (october.Value, october.PreviousValue, october.ChangePercent, october.Count, october.Coverage));
        Assert.Equal("Dr Jane Smith", october.SubjectName);
        var september = Find(records, KpiNames.ReferralVolume, Grains.Provider, JaneSmith, Sep)!;
        Assert.Equal((4m, 0m, null), (september.Value, september.PreviousValue, september.ChangePercent));
    }

    [Fact]
    public void EmitsZeroMonthsAfterTheFirstReferralButNoneBefore()
    {
        var records = Compute(InMonth(Aug, 3, JaneSmith).Concat(InMonth(Oct, 2, JaneSmith)));

        var providerMonths = records.Where(r => r.Grain == Grains.Provider).Select(r => r.PeriodStart).ToList();
        Assert.Equal([Aug, Sep, Oct], providerMonths);
        var september = Find(records, KpiNames.ReferralVolume, Grains.Provider, JaneSmith, Sep)!;
        Assert.Equal((0m, 3m, -100.0m, 0, 1m), (september.Value, september.PreviousValue, september.ChangePercent, september.Count, september.Coverage));
    }

    [Fact]
    public void StopsEmittingOnceASubjectHasBeenSilentForTheWholeLookBack()
    {
        var records = Compute(InMonth(new DateOnly(2026, 5, 1), 2, JaneSmith), new KpiSettings { LookBackMonths = 3 });

        var months = records.Where(r => r.Grain == Grains.Provider).Select(r => r.PeriodStart.Month).ToList();
        Assert.Equal([5, 6, 7], months);
    }

    [Fact]
    public void PublishesCompleteMonthsOnlyWithinTheHistoryWindow()
    {
        var referrals = InMonth(new DateOnly(2025, 1, 1), 2, JaneSmith)
            .Concat(InMonth(Oct, 2, JaneSmith))
            .Append(On(AsOf, JaneSmith))
            .Append(On(new DateOnly(2026, 11, 20), JaneSmith));

        var records = Compute(referrals, new KpiSettings { HistoryMonths = 6 });

        Assert.All(records, r => Assert.InRange(r.PeriodStart, new DateOnly(2026, 5, 1), Oct));
        Assert.Equal(2m, Find(records, KpiNames.ReferralVolume, Grains.Provider, JaneSmith, Oct)!.Value);
    }

    [Fact]
    public void CountsAProviderAsNewInTheMonthOfItsFirstReferralInTheLookBack()
    {
        var referrals = InMonth(new DateOnly(2024, 1, 1), 1, OmarReyes)
            .Concat(InMonth(Sep, 2, JaneSmith))
            .Concat(InMonth(Oct, 1, JaneSmith))
            .Concat(InMonth(Oct, 3, OmarReyes))
            .Concat(InMonth(Oct, 1, LenaPark));

        var records = Compute(referrals, new KpiSettings { LookBackMonths = 12 });

        var october = Find(records, KpiNames.NewReferringProviders, Grains.System, KpiSubjects.All, Oct)!;
        Assert.Equal((2m, 1m, 5), (october.Value, october.PreviousValue, october.Count));
        Assert.Equal(0m, Find(records, KpiNames.NewReferringProviders, Grains.System, KpiSubjects.All, Aug)!.Value);
    }

    [Fact]
    public void ScalesNewProviderCoverageByTheShareOfTheLookBackTheDataCovers()
    {
        var referrals = InMonth(new DateOnly(2026, 4, 1), 1, JaneSmith).Concat(InMonth(Oct, 1, OmarReyes));

        var records = Compute(referrals, new KpiSettings { LookBackMonths = 12 });

        Assert.Equal(0m, Find(records, KpiNames.NewReferringProviders, Grains.System, KpiSubjects.All, new DateOnly(2026, 4, 1))!.Coverage);
        Assert.Equal(0.5m, Find(records, KpiNames.NewReferringProviders, Grains.System, KpiSubjects.All, Oct)!.Coverage);
    }

    [Fact]
    public void AttributesAnInvalidNpiToTheOnlyValidNpiSeenWithTheSameName()
    {
        var referrals = InMonth(Oct, 3, JaneSmith, "Dr Jane Smith").Append(On(Oct, "1234567890", "Dr. JANE SMITH, MD"));

        var records = Compute(referrals);

        var october = Find(records, KpiNames.ReferralVolume, Grains.Provider, JaneSmith, Oct)!;
        Assert.Equal((4m, 0.75m), (october.Value, october.Coverage));
        Assert.Single(records, r => r.Grain == Grains.Provider);
    }

    [Fact]
    public void FallsBackToTheNormalisedNameWhenNoValidNpiIsKnown()
    {
        var records = Compute([On(Oct, null, "Dr Avery  Patel"), On(Oct, "12345", "avery patel")]);

        var october = Find(records, KpiNames.ReferralVolume, Grains.Provider, "name-avery-patel", Oct)!;
        Assert.Equal((2m, 0m), (october.Value, october.Coverage));
    }

    [Fact]
    public void LeavesOutReferralsWithNoProviderAtAllFromProviderVolumes()
    {
        var records = Compute([On(Oct, null, " "), On(Oct, JaneSmith)]);

        Assert.Equal(1m, records.Where(r => r.Grain == Grains.Provider && r.PeriodStart == Oct).Sum(r => r.Value));
        Assert.Equal(2m, Find(records, KpiNames.ReferralVolume, Grains.Practice, "P1", Oct)!.Value);
    }

    [Fact]
    public void InfersAMissingPracticeFromTheProvidersUsualPractice()
    {
        var referrals = InMonth(Oct, 3, JaneSmith, practiceId: "P7").Append(On(Oct, JaneSmith, practiceId: null));

        var records = Compute(referrals);

        var practice = Find(records, KpiNames.ReferralVolume, Grains.Practice, "P7", Oct)!;
        Assert.Equal((4m, 0.75m), (practice.Value, practice.Coverage));
    }

    [Fact]
    public void SuppressesSmallCountsAndThePreviousValuesThatWouldRevealThem()
    {
        var referrals = InMonth(Aug, 6, JaneSmith).Concat(InMonth(Sep, 3, JaneSmith)).Concat(InMonth(Oct, 7, JaneSmith));

        var records = Compute(referrals, new KpiSettings { MinimumCellSize = 5 });

        var provider = records.Where(r => r.Grain == Grains.Provider).ToList();
        Assert.Equal([Aug, Oct], provider.Select(r => r.PeriodStart));
        Assert.Equal((7m, null, null), (provider[1].Value, provider[1].PreviousValue, provider[1].ChangePercent));
        Assert.DoesNotContain(records, r => r.Count is > 0 and < 5);
    }

    [Fact]
    public void KeepsZeroMonthsWhenSuppressing()
    {
        var records = Compute(InMonth(Aug, 6, JaneSmith).Concat(InMonth(Oct, 6, JaneSmith)), new KpiSettings { MinimumCellSize = 5 });

        Assert.Equal(0m, Find(records, KpiNames.ReferralVolume, Grains.Provider, JaneSmith, Sep)!.Value);
    }

    [Fact]
    public void ReturnsNothingForNoReferrals() => Assert.Empty(Compute([]));

    [Fact]
    public void RejectsSettingsOutOfRange() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Compute([], new KpiSettings { HistoryMonths = 0 }));
}
