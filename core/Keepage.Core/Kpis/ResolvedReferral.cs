using Keepage.Core.Referrals;

namespace Keepage.Core.Kpis;

/// <summary>
/// A referral with the provider and practice it is counted under. <see cref="NpiOnRow"/> and
/// <see cref="PracticeOnRow"/> say whether the row itself carried them or they were inferred.
/// </summary>
internal sealed record ResolvedReferral(
    Referral Referral,
    CalendarMonth Month,
    string? ProviderId,
    bool NpiOnRow,
    string? PracticeId,
    bool PracticeOnRow);
