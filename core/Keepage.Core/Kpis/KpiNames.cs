namespace Keepage.Core.Kpis;

public static class KpiNames
{
    public const string ReferralVolume = "referral_volume";
    public const string ReferralVolumeYearOnYear = "referral_volume_yoy";
    public const string NewReferringProviders = "new_referring_providers";
    public const string LapsedReferrers = "lapsed_referrers";
    public const string ReactivatedReferrers = "reactivated_referrers";
    public const string LeakageRate = "leakage_rate";
    public const string OutOfNetworkRate = "out_of_network_rate";
    public const string UnconvertedRate = "unconverted_rate";
    public const string KeepageRate = "keepage_rate";
    public const string ScheduledRate = "scheduled_rate";
    public const string CompletedRate = "completed_rate";
    public const string NoShowRate = "no_show_rate";
    public const string DaysToScheduleMedian = "days_to_schedule_median";
    public const string DaysToScheduleP90 = "days_to_schedule_p90";
    public const string DaysToAppointmentMedian = "days_to_appointment_median";
    public const string DaysToAppointmentP90 = "days_to_appointment_p90";
    public const string ProcedureMixShift = "procedure_mix_shift";
    public const string OutreachCoverage = "outreach_coverage";
    public const string OutreachLift = "outreach_lift";
}
