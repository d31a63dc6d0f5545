namespace Keepage.Core.Referrals;

/// <summary>The canonical spelling of statuses in files and exports: <c>pending</c> ... <c>no_show</c>.</summary>
public static class ReferralStatuses
{
    public static string ToCanonical(this ReferralStatus status) => status switch
    {
        ReferralStatus.NoShow => "no_show",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static bool TryParse(string? text, out ReferralStatus status)
    {
        status = default;
        switch (text?.Trim().ToLowerInvariant())
        {
            case "pending": status = ReferralStatus.Pending; return true;
            case "scheduled": status = ReferralStatus.Scheduled; return true;
            case "completed": status = ReferralStatus.Completed; return true;
            case "cancelled": status = ReferralStatus.Cancelled; return true;
            case "declined": status = ReferralStatus.Declined; return true;
            case "expired": status = ReferralStatus.Expired; return true;
            case "no_show": status = ReferralStatus.NoShow; return true;
            default: return false;
        }
    }

    public static IReadOnlyList<string> All { get; } =
        ["pending", "scheduled", "completed", "cancelled", "declined", "expired", "no_show"];
}
