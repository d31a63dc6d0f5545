using Keepage.Core.Crm;

namespace Keepage.Tests.Dataverse;

/// <summary>KPI records in bulk, as the publish flow hands them to a target.</summary>
internal static class KpiRecords
{
    public static CrmRecord[] Many(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new CrmRecord(CrmRecordKind.Kpi, $"referral_volume.provider.{i:D10}.month.2026-01",
            new Dictionary<string, object?>
            {
                [CrmFields.Name] = $"referral_volume provider {i} 2026-01",
                [CrmFields.Kpi] = "referral_volume",
                [CrmFields.PeriodStart] = new DateOnly(2026, 1, 1),
                [CrmFields.Value] = (decimal)(i % 40),
                [CrmFields.Count] = i % 40,
            }))];
}
