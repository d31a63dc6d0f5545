using Keepage.Core.Referrals;

namespace Keepage.Core.Kpis;

/// <summary>
/// The KPIs over complete calendar months (and ISO weeks for volume) before the as-of date, per provider, practice,
/// service line, liaison (with a CRM) and the whole system. Pure: same input gives the same records, sorted by key.
/// </summary>
public static class KpiCalculator
{
    public static IReadOnlyList<KpiRecord> Compute(IReadOnlyList<Referral> referrals, KpiSettings settings, DateOnly asOf) =>
        Compute(referrals, OutreachContext.None, settings, asOf);

    /// <summary>
    /// With <paramref name="periods"/>, only those periods are computed (see <see cref="KpiPeriods.TouchedBy"/>):
    /// each record is the same as a full computation would give for its period.
    /// </summary>
    public static IReadOnlyList<KpiRecord> Compute(
        IReadOnlyList<Referral> referrals, OutreachContext outreach, KpiSettings settings, DateOnly asOf, IReadOnlySet<KpiPeriod>? periods = null)
    {
        ArgumentNullException.ThrowIfNull(referrals);
        ArgumentNullException.ThrowIfNull(outreach);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        var subjects = ReferralSubjects.Resolve(referrals, asOf);
        if (subjects.FirstMonth is not { } dataStart)
            return [];
        var (window, weeks) = Windows(settings, asOf, periods);
        var cells = new List<KpiCell>();
        var histories = new Dictionary<string, IReadOnlyList<SubjectHistory>>(StringComparer.Ordinal);
        foreach (var grain in GrainSelector.For(outreach))
        {
            var grainHistories = subjects.Histories(grain.Subject, grain.Complete, grain.Name);
            histories[grain.Grain] = grainHistories;
            if (window.First.Index <= window.Last.Index)
            {
                cells.AddRange(VolumeKpi.Cells(grain.Grain, grainHistories, window, settings.LookBackMonths));
                cells.AddRange(VolumeKpi.YearOnYear(grain.Grain, grainHistories, window, settings.LookBackMonths, dataStart));
                cells.AddRange(OutcomeKpi.Cells(grain, subjects.Referrals, window, settings, asOf));
            }
            cells.AddRange(WeeklyVolumeKpi.Cells(grain.Grain, grainHistories, weeks, settings.LookBackMonths));
        }
        if (window.First.Index <= window.Last.Index)
            cells.AddRange(ReferrerCells(subjects, histories, outreach, window, settings, asOf, dataStart));
        return cells
            .Where(cell => periods is null || periods.Contains(cell.Period))
            .Select(cell => Publish(cell, settings.MinimumCellSize))
            .OfType<KpiRecord>()
            .OrderBy(record => record.Key, StringComparer.Ordinal)
            .ToList();
    }

    private static IEnumerable<KpiCell> ReferrerCells(
        ReferralSubjects subjects, Dictionary<string, IReadOnlyList<SubjectHistory>> histories, OutreachContext outreach,
        KpiWindow window, KpiSettings settings, DateOnly asOf, CalendarMonth dataStart)
    {
        var providers = histories[Grains.Provider];
        var cells = NewProviderKpi.Cells(subjects.Referrals, dataStart, window, settings.LookBackMonths)
            .Concat(ReferrerDynamicsKpi.Cells(providers, _ => KpiSubjects.All, Grains.System, histories[Grains.System], window, settings, asOf));
        if (!outreach.HasCrm)
            return cells;
        var practiceOf = providers.ToDictionary(p => p.Id, p => subjects.UsualPractice(p.Id), StringComparer.Ordinal);
        string? LiaisonOf(string provider) => outreach.LiaisonOf(provider, practiceOf[provider]);
        return cells
            .Concat(ReferrerDynamicsKpi.Cells(providers, LiaisonOf, Grains.Liaison, histories[Grains.Liaison], window, settings, asOf))
            .Concat(OutreachKpi.Cells(providers, outreach, _ => KpiSubjects.All, Grains.System, window, settings, asOf))
            .Concat(OutreachKpi.Cells(providers, outreach, LiaisonOf, Grains.Liaison, window, settings, asOf));
    }

    // The published windows, narrowed to the earliest requested period when only some periods are wanted.
    private static (KpiWindow Months, WeekWindow Weeks) Windows(KpiSettings settings, DateOnly asOf, IReadOnlySet<KpiPeriod>? periods)
    {
        var months = KpiWindow.For(settings, asOf);
        var weeks = WeekWindow.For(settings, asOf);
        if (periods is null)
            return (months, weeks);
        var firstMonth = periods.Where(p => p.PeriodType == PeriodTypes.Month).Select(p => (DateOnly?)p.Start).Min();
        var firstWeek = periods.Where(p => p.PeriodType == PeriodTypes.Week).Select(p => (DateOnly?)p.Start).Min();
        return (
            firstMonth is { } m ? months with { First = KpiWindow.Later(months.First, CalendarMonth.Of(m)) } : months with { First = months.Last.AddMonths(1) },
            firstWeek is { } w ? weeks.From(w) : weeks with { Count = 0 });
    }

    private static KpiRecord? Publish(KpiCell cell, int minimumCellSize)
    {
        if (IsSuppressed(cell.Count, minimumCellSize))
            return null;
        // The previous value is suppressed with its own period, or it would disclose the count hidden there.
        var previous = cell.PreviousCount is { } count && IsSuppressed(count, minimumCellSize) ? null : cell.PreviousValue;
        var period = cell.Period;
        return new KpiRecord
        {
            Key = KpiRecord.MakeKey(cell.Kpi, cell.Grain, cell.SubjectId, period.PeriodType, period.Start),
            Kpi = cell.Kpi,
            Grain = cell.Grain,
            SubjectId = cell.SubjectId,
            SubjectName = cell.SubjectName,
            PeriodType = period.PeriodType,
            PeriodStart = period.Start,
            Value = cell.Value,
            PreviousValue = previous,
            ChangePercent = previous is > 0 ? Math.Round((cell.Value - previous.Value) / previous.Value * 100m, 1, MidpointRounding.AwayFromZero) : null,
            Count = cell.Count,
            Coverage = cell.Coverage,
        };
    }

    // Zero is published: it identifies no one, and hiding it would hide exactly the drops liaisons need to see.
    private static bool IsSuppressed(int count, int minimumCellSize) => count > 0 && count < minimumCellSize;
}
