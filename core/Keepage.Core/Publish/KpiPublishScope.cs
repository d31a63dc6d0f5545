using Keepage.Core.Kpis;

namespace Keepage.Core.Publish;

/// <summary>Picks the KPI records of the newest periods of each period type, as <see cref="PublishSettings"/> says.</summary>
public static class KpiPublishScope
{
    public static IEnumerable<KpiRecord> Select(IReadOnlyList<KpiRecord> kpis, PublishSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var newest = kpis
            .GroupBy(k => k.PeriodType, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.Select(k => k.PeriodStart).Distinct().OrderDescending().Take(Periods(g.Key, settings)).ToHashSet(),
                StringComparer.Ordinal);
        return kpis.Where(k => newest[k.PeriodType].Contains(k.PeriodStart));
    }

    private static int Periods(string periodType, PublishSettings settings) =>
        periodType == PeriodTypes.Week ? settings.KpiWeeks : settings.KpiMonths;
}
