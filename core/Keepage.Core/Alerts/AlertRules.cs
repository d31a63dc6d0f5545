namespace Keepage.Core.Alerts;

public static class AlertRules
{
    public const string VolumeDrop = "volume_drop";
    public const string DormantReferrer = "dormant_referrer";

    /// <summary>A provider's first referral in the look-back; named here for ground truth and later evaluation.</summary>
    public const string NewReferrer = "new_referrer";
}
