using System.Globalization;
using Keepage.Core.Alerts;
using Keepage.Core.Crm;
using Keepage.Core.Kpis;
using Keepage.Core.Reconciliation;

namespace Keepage.Core.Publish;

/// <summary>
/// Turns KPIs and alerts into the CRM-neutral records a target upserts. Only aggregates and provider/practice names
/// go out: no patient identifier is ever a field here.
/// </summary>
public static class CrmRecordBuilder
{
    public static CrmRecord FromKpi(KpiRecord kpi) => new(
        CrmRecordKind.Kpi,
        kpi.Key,
        new Dictionary<string, object?>
        {
            [CrmFields.Name] = Truncate($"{kpi.Kpi} {kpi.Grain} {kpi.SubjectName ?? kpi.SubjectId} {kpi.PeriodStart:yyyy-MM}", 100),
            [CrmFields.Kpi] = kpi.Kpi,
            [CrmFields.Grain] = kpi.Grain,
            [CrmFields.SubjectId] = kpi.SubjectId,
            [CrmFields.SubjectName] = kpi.SubjectName,
            [CrmFields.PeriodType] = kpi.PeriodType,
            [CrmFields.PeriodStart] = kpi.PeriodStart,
            [CrmFields.Value] = kpi.Value,
            [CrmFields.PreviousValue] = kpi.PreviousValue,
            [CrmFields.ChangePercent] = kpi.ChangePercent,
            [CrmFields.Count] = kpi.Count,
            [CrmFields.Coverage] = kpi.Coverage,
        });

    public static CrmRecord FromAlert(Alert alert, CrmLinks? links) => new(
        CrmRecordKind.Alert,
        alert.Key,
        new Dictionary<string, object?>
        {
            [CrmFields.Name] = Truncate(Title(alert), 200),
            [CrmFields.Rule] = alert.Rule,
            [CrmFields.SubjectType] = alert.SubjectType,
            [CrmFields.SubjectId] = alert.SubjectId,
            [CrmFields.Period] = alert.Period,
            [CrmFields.Severity] = alert.Severity.ToString().ToLowerInvariant(),
            [CrmFields.Expected] = alert.Expected,
            [CrmFields.Observed] = alert.Observed,
            [CrmFields.Description] = alert.Explanation,
        },
        Regarding(alert, links));

    private static CrmReference? Regarding(Alert alert, CrmLinks? links) => links is null
        ? null
        : alert.SubjectType switch
        {
            Grains.Provider => links.ProviderContact(alert.SubjectId),
            Grains.Practice => links.PracticeAccount(alert.SubjectId),
            _ => null,
        };

    private static string Title(Alert alert)
    {
        var rule = alert.Rule switch
        {
            AlertRules.VolumeDrop => "Referral volume drop",
            AlertRules.DormantReferrer => "Dormant referrer",
            _ => alert.Rule,
        };
        return string.Create(CultureInfo.InvariantCulture, $"{rule}: {alert.SubjectName ?? alert.SubjectId} ({alert.Period})");
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
