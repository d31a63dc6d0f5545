namespace Keepage.Core.Referrals;

public enum ReferralStatus
{
    Pending,
    Scheduled,
    Completed,
    Cancelled,
    Declined,
    Expired,
    NoShow,
}
