namespace Keepage.Core.Kpis;

// Leakage, keepage, funnel, waits and procedure mix per subject and month, for months with referrals. Rates are over
// all the subject's referrals of the month (Count); PreviousValue is the previous month's rate when it had referrals.
internal static class OutcomeKpi
{
    public static IEnumerable<KpiCell> Cells(
        GrainSelector grain, IReadOnlyList<ResolvedReferral> referrals, KpiWindow window, KpiSettings settings, DateOnly asOf)
    {
        var tallies = Tally(grain, referrals, window, asOf.AddDays(-settings.UnconvertedDays));
        foreach (var ((subject, monthIndex), tally) in tallies)
        {
            if (monthIndex < window.First.Index)
                continue;
            var month = new CalendarMonth(monthIndex);
            var previous = tallies.GetValueOrDefault((subject, monthIndex - 1));
            foreach (var cell in Rates(grain.Grain, subject, month, tally, previous))
                yield return cell;
            foreach (var cell in Waits(grain.Grain, subject, month, tally))
                yield return cell;
            if (previous is { CategoryKnown: > 0 } && tally.CategoryKnown > 0)
                yield return new KpiCell(KpiNames.ProcedureMixShift, grain.Grain, subject, null, month,
                    Quantiles.MixShift(tally.Categories, tally.CategoryKnown, previous.Categories, previous.CategoryKnown),
                    tally.Total, KpiCell.Share(tally.CategoryKnown, tally.Total), null, null);
        }
    }

    private static Dictionary<(string Subject, int Month), OutcomeTally> Tally(
        GrainSelector grain, IReadOnlyList<ResolvedReferral> referrals, KpiWindow window, DateOnly unconvertedBefore)
    {
        var tallies = new Dictionary<(string, int), OutcomeTally>();
        foreach (var referral in referrals)
        {
            if (referral.Month.Index < window.First.Index - 1 || referral.Month.Index > window.Last.Index || grain.Subject(referral) is not { } subject)
                continue;
            if (!tallies.TryGetValue((subject, referral.Month.Index), out var tally))
                tallies[(subject, referral.Month.Index)] = tally = new OutcomeTally();
            tally.Add(referral.Referral, unconvertedBefore);
        }
        return tallies;
    }

    private static IEnumerable<KpiCell> Rates(string grain, string subject, CalendarMonth month, OutcomeTally t, OutcomeTally? p)
    {
        var network = KpiCell.Share(t.NetworkKnown, t.Total);
        yield return Rate(KpiNames.LeakageRate, t.Leaked, network, p?.Leaked);
        yield return Rate(KpiNames.OutOfNetworkRate, t.OutOfNetwork, network, p?.OutOfNetwork);
        yield return Rate(KpiNames.UnconvertedRate, t.Unconverted, 1m, p?.Unconverted);
        yield return Rate(KpiNames.KeepageRate, t.KeptCompleted, network, p?.KeptCompleted);
        yield return Rate(KpiNames.ScheduledRate, t.Scheduled, 1m, p?.Scheduled);
        yield return Rate(KpiNames.CompletedRate, t.Completed, 1m, p?.Completed);
        yield return Rate(KpiNames.NoShowRate, t.NoShow, 1m, p?.NoShow);

        KpiCell Rate(string kpi, int part, decimal coverage, int? previousPart) => new(
            kpi, grain, subject, null, month, KpiCell.Share(part, t.Total), t.Total, coverage,
            previousPart is { } pp ? KpiCell.Share(pp, p!.Total) : null, p?.Total);
    }

    private static IEnumerable<KpiCell> Waits(string grain, string subject, CalendarMonth month, OutcomeTally t)
    {
        if (t.DaysToSchedule.Count > 0)
        {
            var coverage = KpiCell.Share(t.DaysToSchedule.Count, Math.Max(t.Scheduled, t.DaysToSchedule.Count));
            yield return new(KpiNames.DaysToScheduleMedian, grain, subject, null, month, Quantiles.Median(t.DaysToSchedule), t.DaysToSchedule.Count, coverage, null, null);
            yield return new(KpiNames.DaysToScheduleP90, grain, subject, null, month, Quantiles.NearestRank(t.DaysToSchedule, 0.9), t.DaysToSchedule.Count, coverage, null, null);
        }
        if (t.DaysToAppointment.Count > 0)
        {
            var coverage = KpiCell.Share(t.DaysToAppointment.Count, Math.Max(t.Scheduled, t.DaysToAppointment.Count));
            yield return new(KpiNames.DaysToAppointmentMedian, grain, subject, null, month, Quantiles.Median(t.DaysToAppointment), t.DaysToAppointment.Count, coverage, null, null);
            yield return new(KpiNames.DaysToAppointmentP90, grain, subject, null, month, Quantiles.NearestRank(t.DaysToAppointment, 0.9), t.DaysToAppointment.Count, coverage, null, null);
        }
    }
}
