using Keepage.Core.Referrals;

namespace Keepage.Core.Kpis;

// A referral with the provider and practice it is counted under. NpiOnRow and PracticeOnRow say whether the row
// itself carried them or they were inferred.
internal sealed record ResolvedReferral(
    Referral Referral,
    CalendarMonth Month,
    string? ProviderId,
    bool NpiOnRow,
    string? PracticeId,
    bool PracticeOnRow);
