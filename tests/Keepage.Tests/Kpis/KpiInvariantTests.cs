using CsCheck;
using Keepage.Core.Kpis;
using Keepage.Core.Referrals;

namespace Keepage.Tests.Kpis;

public sealed class KpiInvariantTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 1);
    private static readonly DateOnly FirstDay = new(2024, 6, 1);

    private static readonly (string? Npi, string? Name)[] Providers =
    [
        (SampleReferrals.JaneSmith, "Dr Jane Smith"), (SampleReferrals.OmarReyes, "Dr Omar Reyes"),
        (SampleReferrals.LenaPark, null), ("1234567890", "Dr Jane Smith"), ("1111111111", "Dr Pat Doe"),
        (null, "Dr Pat Doe"), (null, null), (" ", ""),
    ];

    private static readonly string?[] Practices = ["P1", "P2", " P3 ", null];

    private static readonly Gen<Referral> GenReferral =
        Gen.Select(Gen.Int[0, Providers.Length - 1], Gen.Int[0, Practices.Length - 1], Gen.Int[0, AsOf.DayNumber - FirstDay.DayNumber + 20],
            (provider, practice, day) => SampleReferrals.On(
                FirstDay.AddDays(day), Providers[provider].Npi, Providers[provider].Name, Practices[practice]));

    private static readonly Gen<(Referral[] Referrals, KpiSettings Settings)> GenInput =
        Gen.Select(GenReferral.Array[0, 120], Gen.Int[1, 24], Gen.Int[1, 30],
            (referrals, lookBack, history) => (referrals, new KpiSettings { LookBackMonths = lookBack, HistoryMonths = history }));

    [Fact]
    public void ProviderVolumesAddUpToTheReferralsWithAProviderEachMonth() =>
        GenInput.Sample(input =>
        {
            var records = KpiCalculator.Compute(input.Referrals, input.Settings, AsOf);
            foreach (var month in records.Where(r => r.PeriodType == PeriodTypes.Month).Select(r => r.PeriodStart).Distinct())
            {
                var expected = input.Referrals.Count(r =>
                    r.ReferralDate.Year == month.Year && r.ReferralDate.Month == month.Month
                    && (Npi.IsValid(r.ReferringNpi) || !string.IsNullOrWhiteSpace(r.ReferringName)));
                var actual = records.Where(r => r.Kpi == KpiNames.ReferralVolume && r.PeriodType == PeriodTypes.Month && r.Grain == Grains.Provider && r.PeriodStart == month).Sum(r => r.Value);
                Assert.Equal(expected, actual);
            }
        });

    [Fact]
    public void KeysAreUniqueSortedAndMatchTheirParts() =>
        GenInput.Sample(input =>
        {
            var records = KpiCalculator.Compute(input.Referrals, input.Settings, AsOf);
            Assert.Equal(records.Count, records.Select(r => r.Key).Distinct(StringComparer.Ordinal).Count());
            Assert.Equal(records.Select(r => r.Key).Order(StringComparer.Ordinal), records.Select(r => r.Key));
            Assert.All(records, r => Assert.Equal(KpiRecord.MakeKey(r.Kpi, r.Grain, r.SubjectId, r.PeriodType, r.PeriodStart), r.Key));
        });

    [Fact]
    public void GrowthIsConsistentWithValuesAndThePreviousMonth() =>
        GenInput.Sample(input =>
        {
            var records = KpiCalculator.Compute(input.Referrals, input.Settings, AsOf);
            var byKey = records.ToDictionary(r => r.Key, StringComparer.Ordinal);
            foreach (var r in records)
            {
                var expected = r.PreviousValue is > 0 ? Math.Round((r.Value - r.PreviousValue.Value) / r.PreviousValue.Value * 100, 1, MidpointRounding.AwayFromZero) : (decimal?)null;
                Assert.Equal(expected, r.ChangePercent);
                if (r.Kpi == KpiNames.ReferralVolume && r.PeriodType == PeriodTypes.Month
                    && byKey.TryGetValue(KpiRecord.MakeKey(r.Kpi, r.Grain, r.SubjectId, r.PeriodType, r.PeriodStart.AddMonths(-1)), out var previous))
                    Assert.Equal(previous.Value, r.PreviousValue);
            }
        });

    [Fact]
    public void CountsAndCoverageStayInRangeAndOnlyCompleteMonthsArePublished() =>
        GenInput.Sample(input =>
        {
            var records = KpiCalculator.Compute(input.Referrals, input.Settings, AsOf);
            Assert.All(records, r =>
            {
                Assert.InRange(r.Coverage, 0m, 1m);
                Assert.True(r.Count >= 0 && r.Value >= 0);
                if (r.PeriodType == PeriodTypes.Month)
                    Assert.InRange(r.PeriodStart, AsOf.AddMonths(-input.Settings.HistoryMonths), AsOf.AddMonths(-1));
                else
                    Assert.True(r.PeriodStart.AddDays(7) <= AsOf);
            });
        });

    [Fact]
    public void InputOrderDoesNotChangeTheResult() =>
        Gen.Select(GenInput, Gen.Int).Sample((input, seed) =>
        {
            var random = new Random(seed);
            var shuffled = input.Referrals.OrderBy(_ => random.Next()).ToArray();
            Assert.Equal(
                KpiCalculator.Compute(input.Referrals, input.Settings, AsOf),
                KpiCalculator.Compute(shuffled, input.Settings, AsOf));
        });

    [Fact]
    public void NoPublishedRecordCountsFewerThanTheMinimumCellSizeExceptZero() =>
        Gen.Select(GenInput, Gen.Int[1, 8]).Sample((input, minimum) =>
        {
            var records = KpiCalculator.Compute(input.Referrals, input.Settings with { MinimumCellSize = minimum }, AsOf);
            Assert.DoesNotContain(records, r => r.Count > 0 && r.Count < minimum);
        });
}
