namespace Keepage.Core.Kpis;

public static class KpiNames
{
    public const string ReferralVolume = "referral_volume";
    public const string NewReferringProviders = "new_referring_providers";
}

public static class Grains
{
    public const string Provider = "provider";
    public const string Practice = "practice";
    public const string System = "system";
}
