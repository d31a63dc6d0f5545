using Keepage.Core.Alerts;
using Keepage.Core.Kpis;
using Keepage.Core.Reconciliation;
using Keepage.Core.Referrals;

namespace Keepage.Cli.Export;

/// <summary>The documented, stable columns of <c>keepage export</c> (docs/exports.md). Add columns at the end only.</summary>
internal static class ExportTables
{
    public static readonly string[] ReferralColumns =
    [
        "referral_id", "source", "patient_key", "referring_npi", "referring_name", "referring_practice_id",
        "referring_practice_name", "referred_to_npi", "referred_to_department", "specialty", "service_line",
        "referral_date", "status", "scheduled_date", "appointment_date", "completed_date", "in_network",
        "procedure_code", "payer", "priority", "flags",
    ];

    public static readonly string[] KpiColumns =
    [
        "key", "kpi", "grain", "subject_id", "subject_name", "period_type", "period_start", "value",
        "previous_value", "change_percent", "count", "coverage",
    ];

    public static readonly string[] AlertColumns =
    [
        "rule", "subject_type", "subject_id", "period", "severity", "expected", "observed", "explanation",
        "key", "subject_name",
    ];

    public static readonly string[] UnmatchedColumns =
    [
        "npi", "name", "referrals", "practice_id", "suggested_crm_target", "suggested_contact_id", "suggested_name",
        "suggestion_score",
    ];

    public static object?[] Row(UnmatchedReferrer u) =>
    [
        u.Npi, u.Name, u.Referrals, u.PracticeId, u.Suggestion?.CrmTarget, u.Suggestion?.ContactId, u.Suggestion?.Name,
        u.Suggestion?.Score,
    ];

    public static object?[] Row(Referral r) =>
    [
        r.ReferralId, r.Source, r.PatientKey, r.ReferringNpi, r.ReferringName, r.ReferringPracticeId,
        r.ReferringPracticeName, r.ReferredToNpi, r.ReferredToDepartment, r.Specialty, r.ServiceLine,
        r.ReferralDate, r.Status.ToCanonical(), r.ScheduledDate, r.AppointmentDate, r.CompletedDate, r.InNetwork,
        r.ProcedureCode, r.Payer, r.Priority, string.Join(';', r.Flags),
    ];

    public static object?[] Row(KpiRecord k) =>
    [
        k.Key, k.Kpi, k.Grain, k.SubjectId, k.SubjectName, k.PeriodType, k.PeriodStart, k.Value,
        k.PreviousValue, k.ChangePercent, k.Count, k.Coverage,
    ];

    public static object?[] Row(Alert a) =>
    [
        a.Rule, a.SubjectType, a.SubjectId, a.Period, a.Severity.ToString().ToLowerInvariant(), a.Expected,
        a.Observed, a.Explanation, a.Key, a.SubjectName,
    ];
}
