namespace Keepage.Core.Reconciliation;

/// <summary>
/// A referring NPI no CRM contact carries, with its referral count and, when one is close enough, the contact it may
/// be (<see cref="Suggestion"/>): offered to the admin, never linked automatically.
/// </summary>
public sealed record UnmatchedReferrer(string Npi, string? Name, int Referrals)
{
    public string? PracticeId { get; init; }

    public ContactSuggestion? Suggestion { get; init; }
}
