using Keepage.Core.Ingest;
using Keepage.Core.Referrals;

namespace Keepage.Connectors.Store.Rows;

/// <summary>An update linked by patient, held until a referral for that patient arrives.</summary>
internal sealed record PendingPatientUpdateRow
{
    public long Id { get; init; }
    public string Source { get; init; } = "";
    public string PatientKey { get; init; } = "";
    public string? AppointmentStart { get; init; }
    public string? Status { get; init; }
    public string? ScheduledDate { get; init; }
    public string? AppointmentDate { get; init; }
    public string? CompletedDate { get; init; }
    public string ReceivedAt { get; init; } = "";

    /// <summary>Every value of the update, so the same update held twice is recognised as a duplicate.</summary>
    public string UpdateKey => $"{AppointmentStart}|{Status}|{ScheduledDate}|{AppointmentDate}|{CompletedDate}";

    public static PendingPatientUpdateRow From(ReferralUpdate update, PatientLink link, string now) => new()
    {
        Source = update.Source,
        PatientKey = link.PatientKey,
        AppointmentStart = StoreText.Date(link.AppointmentStart),
        Status = update.Status?.ToCanonical(),
        ScheduledDate = StoreText.Date(update.ScheduledDate),
        AppointmentDate = StoreText.Date(update.AppointmentDate),
        CompletedDate = StoreText.Date(update.CompletedDate),
        ReceivedAt = now,
    };

    public ReferralUpdate ToUpdate() => ReferralUpdate.ForPatient(
        Source,
        new PatientLink(PatientKey, StoreText.ParseNullableDate(AppointmentStart)),
        ReferralStatuses.TryParse(Status, out var status) ? status : null,
        StoreText.ParseNullableDate(ScheduledDate),
        StoreText.ParseNullableDate(AppointmentDate),
        StoreText.ParseNullableDate(CompletedDate));
}
