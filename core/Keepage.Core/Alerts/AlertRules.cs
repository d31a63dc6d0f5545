namespace Keepage.Core.Alerts;

public static class AlertRules
{
    public const string VolumeDrop = "volume_drop";
    public const string DormantReferrer = "dormant_referrer";
}
