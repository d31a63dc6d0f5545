using Keepage.Core.Crm;
using Keepage.Core.Kpis;
using Keepage.Core.Publish;

namespace Keepage.Tests.Salesforce;

/// <summary>KPI records as the publish flow builds them, for volume tests.</summary>
internal static class SalesforceRecords
{
    public static KpiRecord Kpi(int i, decimal value = 3) => new()
    {
        Key = KpiRecord.MakeKey(KpiNames.ReferralVolume, Grains.Provider, $"P{i:D6}", "month", new DateOnly(2026, 10, 1)),
        Kpi = KpiNames.ReferralVolume,
        Grain = Grains.Provider,
        SubjectId = $"P{i:D6}",
        SubjectName = $"Dr O'Brien \\ {i}",
        PeriodType = "month",
        PeriodStart = new DateOnly(2026, 10, 1),
        Value = value,
        PreviousValue = 2,
        ChangePercent = 50,
        Count = (int)value,
        Coverage = 0.95m,
    };

    public static List<CrmRecord> Kpis(int count) => [.. Enumerable.Range(0, count).Select(i => CrmRecordBuilder.FromKpi(Kpi(i)))];
}
