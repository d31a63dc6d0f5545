namespace Keepage.Mapping;

/// <summary>The canonical referral field names a source profile maps columns to (docs/canonical-csv.md).</summary>
public static class CanonicalFields
{
    public const string ReferralId = "referral_id";
    public const string Source = "source";
    public const string PatientId = "patient_id";
    public const string ReferringNpi = "referring_npi";
    public const string ReferringName = "referring_name";
    public const string ReferringPracticeId = "referring_practice_id";
    public const string ReferringPracticeName = "referring_practice_name";
    public const string ReferredToNpi = "referred_to_npi";
    public const string ReferredToDepartment = "referred_to_department";
    public const string Specialty = "specialty";
    public const string ServiceLine = "service_line";
    public const string ReferralDate = "referral_date";
    public const string Status = "status";
    public const string ScheduledDate = "scheduled_date";
    public const string AppointmentDate = "appointment_date";
    public const string CompletedDate = "completed_date";
    public const string InNetwork = "in_network";
    public const string ProcedureCode = "procedure_code";
    public const string Payer = "payer";
    public const string Priority = "priority";

    public static IReadOnlyList<string> All { get; } =
    [
        ReferralId, Source, PatientId, ReferringNpi, ReferringName, ReferringPracticeId, ReferringPracticeName,
        ReferredToNpi, ReferredToDepartment, Specialty, ServiceLine, ReferralDate, Status, ScheduledDate,
        AppointmentDate, CompletedDate, InNetwork, ProcedureCode, Payer, Priority,
    ];

    public static IReadOnlyList<string> Dates { get; } = [ReferralDate, ScheduledDate, AppointmentDate, CompletedDate];

    public static bool IsKnown(string name) => All.Contains(name, StringComparer.Ordinal);

    public static bool IsDate(string name) => Dates.Contains(name, StringComparer.Ordinal);
}
