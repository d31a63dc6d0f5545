namespace Keepage.Core.Alerts;

public static class AlertRules
{
    public const string VolumeDrop = "volume_drop";
    public const string DormantReferrer = "dormant_referrer";

    /// <summary>A provider's first referral in the look-back (a thank-you visit opportunity).</summary>
    public const string NewReferrer = "new_referrer";
    public const string OutOfNetworkShift = "out_of_network_shift";
    public const string UnscheduledAging = "unscheduled_referral_aging";
    public const string OutreachGap = "outreach_gap";
}
