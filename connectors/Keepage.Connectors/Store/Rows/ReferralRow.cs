using System.Text.Json;
using Keepage.Core.Referrals;

namespace Keepage.Connectors.Store.Rows;

/// <summary>A referral as stored: text dates, canonical status text, 0/1 in_network, flags as a JSON array.</summary>
internal sealed record ReferralRow
{
    public const string Columns = """
        source AS Source, referral_id AS ReferralId, patient_key AS PatientKey, referring_npi AS ReferringNpi,
        referring_name AS ReferringName, referring_practice_id AS ReferringPracticeId,
        referring_practice_name AS ReferringPracticeName, referred_to_npi AS ReferredToNpi,
        referred_to_department AS ReferredToDepartment, specialty AS Specialty, service_line AS ServiceLine,
        referral_date AS ReferralDate, status AS Status, scheduled_date AS ScheduledDate,
        appointment_date AS AppointmentDate, completed_date AS CompletedDate, in_network AS InNetwork,
        procedure_code AS ProcedureCode, payer AS Payer, priority AS Priority, flags AS Flags,
        content_hash AS ContentHash, first_seen_at AS FirstSeenAt, updated_at AS UpdatedAt
        """;

    public string Source { get; init; } = "";
    public string ReferralId { get; init; } = "";
    public string? PatientKey { get; init; }
    public string? ReferringNpi { get; init; }
    public string? ReferringName { get; init; }
    public string? ReferringPracticeId { get; init; }
    public string? ReferringPracticeName { get; init; }
    public string? ReferredToNpi { get; init; }
    public string? ReferredToDepartment { get; init; }
    public string? Specialty { get; init; }
    public string? ServiceLine { get; init; }
    public string ReferralDate { get; init; } = "";
    public string Status { get; init; } = "";
    public string? ScheduledDate { get; init; }
    public string? AppointmentDate { get; init; }
    public string? CompletedDate { get; init; }
    public long? InNetwork { get; init; }
    public string? ProcedureCode { get; init; }
    public string? Payer { get; init; }
    public string? Priority { get; init; }
    public string Flags { get; init; } = "[]";
    public string ContentHash { get; init; } = "";
    public string FirstSeenAt { get; init; } = "";
    public string UpdatedAt { get; init; } = "";

    public static ReferralRow From(Referral referral, string now) => new()
    {
        Source = referral.Source,
        ReferralId = referral.ReferralId,
        PatientKey = referral.PatientKey,
        ReferringNpi = referral.ReferringNpi,
        ReferringName = referral.ReferringName,
        ReferringPracticeId = referral.ReferringPracticeId,
        ReferringPracticeName = referral.ReferringPracticeName,
        ReferredToNpi = referral.ReferredToNpi,
        ReferredToDepartment = referral.ReferredToDepartment,
        Specialty = referral.Specialty,
        ServiceLine = referral.ServiceLine,
        ReferralDate = StoreText.Date(referral.ReferralDate),
        Status = referral.Status.ToCanonical(),
        ScheduledDate = StoreText.Date(referral.ScheduledDate),
        AppointmentDate = StoreText.Date(referral.AppointmentDate),
        CompletedDate = StoreText.Date(referral.CompletedDate),
        InNetwork = referral.InNetwork switch { null => null, true => 1, false => 0 },
        ProcedureCode = referral.ProcedureCode,
        Payer = referral.Payer,
        Priority = referral.Priority,
        Flags = referral.Flags.Count == 0 ? "[]" : JsonSerializer.Serialize(referral.Flags),
        ContentHash = ReferralContentHash.Compute(referral),
        FirstSeenAt = now,
        UpdatedAt = now,
    };

    public Referral ToReferral() => new()
    {
        Source = Source,
        ReferralId = ReferralId,
        PatientKey = PatientKey,
        ReferringNpi = ReferringNpi,
        ReferringName = ReferringName,
        ReferringPracticeId = ReferringPracticeId,
        ReferringPracticeName = ReferringPracticeName,
        ReferredToNpi = ReferredToNpi,
        ReferredToDepartment = ReferredToDepartment,
        Specialty = Specialty,
        ServiceLine = ServiceLine,
        ReferralDate = StoreText.ParseDate(ReferralDate),
        Status = ReferralStatuses.TryParse(Status, out var status) ? status : throw new InvalidDataException("A stored referral has an unknown status."),
        ScheduledDate = StoreText.ParseNullableDate(ScheduledDate),
        AppointmentDate = StoreText.ParseNullableDate(AppointmentDate),
        CompletedDate = StoreText.ParseNullableDate(CompletedDate),
        InNetwork = InNetwork is { } inNetwork ? inNetwork == 1 : null,
        ProcedureCode = ProcedureCode,
        Payer = Payer,
        Priority = Priority,
        Flags = JsonSerializer.Deserialize<string[]>(Flags) ?? [],
    };
}
