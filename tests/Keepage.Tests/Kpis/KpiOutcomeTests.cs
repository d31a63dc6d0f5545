using Keepage.Core.Kpis;
using Keepage.Core.Referrals;
using static Keepage.Tests.Kpis.SampleReferrals;

namespace Keepage.Tests.Kpis;

public sealed class KpiOutcomeTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 1);
    private static readonly DateOnly Oct = new(2026, 10, 1);

    private static KpiRecord Find(IReadOnlyList<KpiRecord> records, string kpi, string grain, string subject, DateOnly start, string periodType = PeriodTypes.Month) =>
        records.Single(r => r.Key == KpiRecord.MakeKey(kpi, grain, subject, periodType, start));

    private static Referral With(DateOnly date, ReferralStatus status, bool? inNetwork, DateOnly? scheduled = null, string npi = JaneSmith) =>
        On(date, npi) with { Status = status, InNetwork = inNetwork, ScheduledDate = scheduled, AppointmentDate = scheduled?.AddDays(7), ServiceLine = "Cardiology" };

    // Six October referrals: kept, out of network, cancelled and re-referred (kept), pending past 30 days, pending recently.
    private static IReadOnlyList<Referral> October() =>
    [
        With(new(2026, 10, 3), ReferralStatus.Completed, true, new(2026, 10, 5)),
        With(new(2026, 10, 4), ReferralStatus.Completed, false, new(2026, 10, 8)),
        With(new(2026, 10, 6), ReferralStatus.Cancelled, null),
        With(new(2026, 10, 9), ReferralStatus.Completed, true, new(2026, 10, 19)),
        With(new(2026, 10, 1), ReferralStatus.Pending, null),
        With(new(2026, 10, 31), ReferralStatus.Pending, null),
    ];

    [Fact]
    public void ComputesLeakageKeepageAndTheFunnelOverAllReferralsOfTheMonth()
    {
        var records = KpiCalculator.Compute(October(), new KpiSettings(), AsOf);

        decimal Value(string kpi) => Find(records, kpi, Grains.Provider, JaneSmith, Oct).Value;
        Assert.Equal(0.5m, Value(KpiNames.LeakageRate));
        Assert.Equal(0.1667m, Value(KpiNames.OutOfNetworkRate));
        Assert.Equal(0.3333m, Value(KpiNames.UnconvertedRate));
        Assert.Equal(0.3333m, Value(KpiNames.KeepageRate));
        Assert.Equal(0.5m, Value(KpiNames.ScheduledRate));
        Assert.Equal(0.5m, Value(KpiNames.CompletedRate));
        var leakage = Find(records, KpiNames.LeakageRate, Grains.Provider, JaneSmith, Oct);
        Assert.Equal((6, 0.5m), (leakage.Count, leakage.Coverage));
        Assert.Equal(6m, Find(records, KpiNames.ReferralVolume, Grains.ServiceLine, "Cardiology", Oct).Value);
    }

    [Fact]
    public void ComputesMedianAndNearestRankP90DaysToScheduleAndAppointment()
    {
        var records = KpiCalculator.Compute(October(), new KpiSettings(), AsOf);

        Assert.Equal(4m, Find(records, KpiNames.DaysToScheduleMedian, Grains.Provider, JaneSmith, Oct).Value);
        Assert.Equal(10m, Find(records, KpiNames.DaysToScheduleP90, Grains.Provider, JaneSmith, Oct).Value);
        Assert.Equal(11m, Find(records, KpiNames.DaysToAppointmentMedian, Grains.Provider, JaneSmith, Oct).Value);
        Assert.Equal(3, Find(records, KpiNames.DaysToScheduleMedian, Grains.Provider, JaneSmith, Oct).Count);
    }

    [Fact]
    public void CountsALeapDayInFebruaryAndComparesWithTheSameMonthAYearEarlier()
    {
        var referrals = new[]
        {
            On(new(2023, 2, 28), JaneSmith), On(new(2024, 2, 1), JaneSmith), On(new(2024, 2, 29), JaneSmith), On(new(2024, 3, 1), JaneSmith),
        };

        var records = KpiCalculator.Compute(referrals, new KpiSettings(), new DateOnly(2024, 4, 1));

        var february = Find(records, KpiNames.ReferralVolumeYearOnYear, Grains.Provider, JaneSmith, new(2024, 2, 1));
        Assert.Equal((2m, 1m, 100.0m), (february.Value, february.PreviousValue, february.ChangePercent));
        Assert.Equal(1m, Find(records, KpiNames.ReferralVolume, Grains.Provider, JaneSmith, new(2024, 3, 1)).Value);
        Assert.Equal(2m, Find(records, KpiNames.ReferralVolume, Grains.Provider, JaneSmith, new(2024, 2, 26), PeriodTypes.Week).Value);
    }

    [Fact]
    public void CountsWeeksFromMondayWithDatedKeys()
    {
        var referrals = new[] { On(new(2026, 10, 25), JaneSmith), On(new(2026, 10, 26), JaneSmith), On(new(2026, 10, 27), JaneSmith) };

        var records = KpiCalculator.Compute(referrals, new KpiSettings(), AsOf);

        var week = Find(records, KpiNames.ReferralVolume, Grains.Provider, JaneSmith, new(2026, 10, 19), PeriodTypes.Week);
        Assert.Equal("referral_volume.provider.1234567893.week.2026-10-19", week.Key);
        Assert.Equal(1m, week.Value);
        Assert.DoesNotContain(records, r => r.PeriodType == PeriodTypes.Week && r.PeriodStart == new DateOnly(2026, 10, 26));
    }

    [Fact]
    public void CountsLapsedAndReactivatedRegularReferrers()
    {
        var referrals = new[]
        {
            On(new(2026, 1, 5), JaneSmith), On(new(2026, 1, 20), JaneSmith), On(new(2026, 2, 2), JaneSmith), On(new(2026, 8, 3), JaneSmith),
            On(new(2026, 1, 10), OmarReyes), On(new(2026, 6, 10), OmarReyes),
        };

        var records = KpiCalculator.Compute(referrals, new KpiSettings(), AsOf);

        Assert.Equal(1m, Find(records, KpiNames.LapsedReferrers, Grains.System, KpiSubjects.All, new(2026, 5, 1)).Value);
        Assert.Equal(1m, Find(records, KpiNames.ReactivatedReferrers, Grains.System, KpiSubjects.All, new(2026, 8, 1)).Value);
        Assert.Equal(0m, Find(records, KpiNames.LapsedReferrers, Grains.System, KpiSubjects.All, new(2026, 9, 1)).Value);
    }

    [Fact]
    public void MeasuresProcedureMixShiftAgainstThePreviousMonth()
    {
        var referrals = new[]
        {
            On(new(2026, 9, 2), JaneSmith) with { ProcedureCode = "A" }, On(new(2026, 9, 3), JaneSmith) with { ProcedureCode = "A" },
            On(new(2026, 10, 2), JaneSmith) with { ProcedureCode = "A" }, On(new(2026, 10, 3), JaneSmith) with { ProcedureCode = "B" },
        };

        var records = KpiCalculator.Compute(referrals, new KpiSettings(), AsOf);

        Assert.Equal(0.5m, Find(records, KpiNames.ProcedureMixShift, Grains.Provider, JaneSmith, Oct).Value);
    }

    [Fact]
    public void GroupsByLiaisonAndMeasuresOutreachCoverageOfTopReferrers()
    {
        var referrals = InMonth(Oct, 5, JaneSmith).Concat(InMonth(Oct, 1, OmarReyes)).Concat(InMonth(Oct, 3, LenaPark)).ToList();
        var outreach = new OutreachContext(
            new Dictionary<string, string> { [JaneSmith] = "liaison-a", [OmarReyes] = "liaison-a", [LenaPark] = "liaison-b" },
            new Dictionary<string, string>(),
            new Dictionary<string, IReadOnlyList<DateOnly>> { [JaneSmith] = [new(2026, 9, 1)] });

        var records = KpiCalculator.Compute(referrals, outreach, new KpiSettings { TopReferrerShare = 0.5 }, AsOf);

        Assert.Equal(6m, Find(records, KpiNames.ReferralVolume, Grains.Liaison, "liaison-a", Oct).Value);
        Assert.Equal((0.5m, 2), (Find(records, KpiNames.OutreachCoverage, Grains.System, KpiSubjects.All, Oct).Value, Find(records, KpiNames.OutreachCoverage, Grains.System, KpiSubjects.All, Oct).Count));
        Assert.Equal(1m, Find(records, KpiNames.OutreachCoverage, Grains.Liaison, "liaison-a", Oct).Value);
    }

    [Fact]
    public void KeysReplaceCharactersDataverseRefuses()
    {
        var records = KpiCalculator.Compute([On(Oct, JaneSmith) with { ServiceLine = "Ortho/Spine: A&B" }], new KpiSettings(), AsOf);

        Assert.Contains(records, r => r.Key == "referral_volume.service_line.Ortho-Spine- A-B.month.2026-10");
    }
}
