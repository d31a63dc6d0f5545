using Keepage.Core.Referrals;

namespace Keepage.Core.Kpis;

// What happened to one subject's referrals of one month: network, conversion, funnel, waits and procedure mix.
internal sealed class OutcomeTally
{
    public int Total { get; private set; }
    public int NetworkKnown { get; private set; }
    public int OutOfNetwork { get; private set; }
    public int Unconverted { get; private set; }
    public int Leaked { get; private set; }
    public int KeptCompleted { get; private set; }
    public int Scheduled { get; private set; }
    public int Completed { get; private set; }
    public int NoShow { get; private set; }
    public int CategoryKnown { get; private set; }
    public List<int> DaysToSchedule { get; } = [];
    public List<int> DaysToAppointment { get; } = [];
    public Dictionary<string, int> Categories { get; } = new(StringComparer.Ordinal);

    public void Add(Referral referral, DateOnly unconvertedBefore)
    {
        Total++;
        var outOfNetwork = referral.InNetwork == false;
        var unconverted = IsUnconverted(referral, unconvertedBefore);
        NetworkKnown += referral.InNetwork is null ? 0 : 1;
        OutOfNetwork += outOfNetwork ? 1 : 0;
        Unconverted += unconverted ? 1 : 0;
        Leaked += outOfNetwork || unconverted ? 1 : 0;
        KeptCompleted += referral.InNetwork == true && referral.Status == ReferralStatus.Completed ? 1 : 0;
        var scheduled = referral.ScheduledDate is not null
            || referral.Status is ReferralStatus.Scheduled or ReferralStatus.Completed or ReferralStatus.NoShow;
        Scheduled += scheduled ? 1 : 0;
        Completed += referral.Status == ReferralStatus.Completed ? 1 : 0;
        NoShow += referral.Status == ReferralStatus.NoShow ? 1 : 0;
        AddDays(DaysToSchedule, referral.ReferralDate, referral.ScheduledDate);
        AddDays(DaysToAppointment, referral.ReferralDate, referral.AppointmentDate);
        if (CategoryOf(referral) is { } category)
        {
            CategoryKnown++;
            Categories[category] = Categories.GetValueOrDefault(category) + 1;
        }
    }

    // Cancelled, declined, expired, or still pending once the conversion days have passed.
    public static bool IsUnconverted(Referral referral, DateOnly unconvertedBefore) =>
        referral.Status is ReferralStatus.Cancelled or ReferralStatus.Declined or ReferralStatus.Expired
        || (referral.Status == ReferralStatus.Pending && referral.ScheduledDate is null && referral.ReferralDate < unconvertedBefore);

    private static void AddDays(List<int> days, DateOnly referred, DateOnly? later)
    {
        if (later is { } date && date >= referred)
            days.Add(date.DayNumber - referred.DayNumber);
    }

    private static string? CategoryOf(Referral referral) =>
        !string.IsNullOrWhiteSpace(referral.ProcedureCode) ? referral.ProcedureCode.Trim()
        : !string.IsNullOrWhiteSpace(referral.ServiceLine) ? referral.ServiceLine.Trim()
        : null;
}
