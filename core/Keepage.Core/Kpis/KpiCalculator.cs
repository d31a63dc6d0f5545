using Keepage.Core.Referrals;

namespace Keepage.Core.Kpis;

/// <summary>
/// The foundation KPIs over complete calendar months before the as-of date: referral volume per provider and per
/// practice, and new referring providers. Pure: same referrals, settings and date give the same records, sorted by key.
/// </summary>
public static class KpiCalculator
{
    public static IReadOnlyList<KpiRecord> Compute(IReadOnlyList<Referral> referrals, KpiSettings settings, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(referrals);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        var subjects = ReferralSubjects.Resolve(referrals, asOf);
        if (subjects.FirstMonth is not { } dataStart)
            return [];
        var window = KpiWindow.For(settings, asOf);
        var cells = VolumeKpi.Cells(Grains.Provider, subjects.ProviderHistories(), window, settings.LookBackMonths)
            .Concat(VolumeKpi.Cells(Grains.Practice, subjects.PracticeHistories(), window, settings.LookBackMonths))
            .Concat(NewProviderKpi.Cells(subjects.Referrals, dataStart, window, settings.LookBackMonths));
        return cells
            .Select(cell => Publish(cell, settings.MinimumCellSize))
            .OfType<KpiRecord>()
            .OrderBy(record => record.Key, StringComparer.Ordinal)
            .ToList();
    }

    private static KpiRecord? Publish(KpiCell cell, int minimumCellSize)
    {
        if (IsSuppressed(cell.Count, minimumCellSize))
            return null;
        // The previous value is suppressed with its own month, or it would disclose the count hidden there.
        var previous = cell.PreviousCount is { } count && IsSuppressed(count, minimumCellSize) ? null : cell.PreviousValue;
        return new KpiRecord
        {
            Key = KpiRecord.MakeKey(cell.Kpi, cell.Grain, cell.SubjectId, PeriodTypes.Month, cell.Month.Start),
            Kpi = cell.Kpi,
            Grain = cell.Grain,
            SubjectId = cell.SubjectId,
            SubjectName = cell.SubjectName,
            PeriodType = PeriodTypes.Month,
            PeriodStart = cell.Month.Start,
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
