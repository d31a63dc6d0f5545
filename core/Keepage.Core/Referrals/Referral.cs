namespace Keepage.Core.Referrals;

/// <summary>The canonical referral every export format is mapped to. Holds no patient identifier beyond the keyed pseudonym.</summary>
public sealed record Referral
{
    public required string ReferralId { get; init; }
    public required string Source { get; init; }
    public string? PatientKey { get; init; }
    public string? ReferringNpi { get; init; }
    public string? ReferringName { get; init; }
    public string? ReferringPracticeId { get; init; }
    public string? ReferringPracticeName { get; init; }
    public string? ReferredToNpi { get; init; }
    public string? ReferredToDepartment { get; init; }
    public string? Specialty { get; init; }
    public string? ServiceLine { get; init; }
    public required DateOnly ReferralDate { get; init; }
    public required ReferralStatus Status { get; init; }
    public DateOnly? ScheduledDate { get; init; }
    public DateOnly? AppointmentDate { get; init; }
    public DateOnly? CompletedDate { get; init; }
    public bool? InNetwork { get; init; }
    public string? ProcedureCode { get; init; }
    public string? Payer { get; init; }
    public string? Priority { get; init; }

    /// <summary>Data-quality flags raised at ingest (for example an NPI failing its check digit); flagged rows are kept.</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];
}
