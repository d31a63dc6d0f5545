namespace Keepage.Core.Kpis;

// Referral volume per subject and ISO week over the last complete weeks, with the previous week as PreviousValue.
// Same row rule as months: from the subject's first referral on, while it referred in the look-back months. Coverage
// is that of the week's month (the history keeps completeness per month).
internal static class WeeklyVolumeKpi
{
    public static IEnumerable<KpiCell> Cells(string grain, IReadOnlyList<SubjectHistory> histories, WeekWindow weeks, int lookBackMonths)
    {
        if (weeks.Count == 0)
            yield break;
        foreach (var history in histories)
        {
            var firstWeek = PeriodTypes.WeekStart(history.Dates[0]);
            for (var week = weeks.First > firstWeek ? weeks.First : firstWeek; week <= weeks.Last; week = week.AddDays(7))
            {
                var month = CalendarMonth.Of(week);
                if (!history.ReferredBetween(month.AddMonths(1 - lookBackMonths), CalendarMonth.Of(week.AddDays(6))))
                    continue;
                var count = SortedDates.CountBetween(history.Dates, week, week.AddDays(7));
                var previous = SortedDates.CountBetween(history.Dates, week.AddDays(-7), week);
                yield return new KpiCell(
                    KpiNames.ReferralVolume, grain, history.Id, history.Name, month, count, count, KpiCell.Share(history.CompleteIn(month), history.CountIn(month)), previous, previous, week);
            }
        }
    }
}
