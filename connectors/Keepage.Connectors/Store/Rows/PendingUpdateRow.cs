using Keepage.Core.Ingest;
using Keepage.Core.Referrals;

namespace Keepage.Connectors.Store.Rows;

internal sealed record PendingUpdateRow
{
    public const string Columns = """
        source AS Source, referral_id AS ReferralId, status AS Status, scheduled_date AS ScheduledDate,
        appointment_date AS AppointmentDate, completed_date AS CompletedDate
        """;

    public string Source { get; init; } = "";
    public string ReferralId { get; init; } = "";
    public string? Status { get; init; }
    public string? ScheduledDate { get; init; }
    public string? AppointmentDate { get; init; }
    public string? CompletedDate { get; init; }
    public string ReceivedAt { get; init; } = "";

    /// <summary>Every value of the update, so the same update held twice is recognised as a duplicate.</summary>
    public string UpdateKey => $"{Status}|{ScheduledDate}|{AppointmentDate}|{CompletedDate}";

    public static PendingUpdateRow From(ReferralUpdate update, string now) => new()
    {
        Source = update.Source,
        ReferralId = update.ReferralId ?? throw new ArgumentException("Only an update with a referral id is held by id.", nameof(update)),
        Status = update.Status?.ToCanonical(),
        ScheduledDate = StoreText.Date(update.ScheduledDate),
        AppointmentDate = StoreText.Date(update.AppointmentDate),
        CompletedDate = StoreText.Date(update.CompletedDate),
        ReceivedAt = now,
    };

    public ReferralUpdate ToUpdate() => new(
        Source,
        ReferralId,
        ReferralStatuses.TryParse(Status, out var status) ? status : null,
        StoreText.ParseNullableDate(ScheduledDate),
        StoreText.ParseNullableDate(AppointmentDate),
        StoreText.ParseNullableDate(CompletedDate));
}
