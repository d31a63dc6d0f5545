namespace Keepage.Core.Generation;

// A synthetic referring provider and the plan for its referrals: a monthly rate (scaled by seasonality and a yearly
// trend), the month index it starts in, and for planted anomalies the drop factor or the last referral date.
internal sealed record DemoProvider(
    int Index,
    string Npi,
    string FirstName,
    string LastName,
    DemoPractice Practice,
    double MonthlyRate,
    double YearlyTrend,
    int FirstMonth,
    string PrimaryServiceLine,
    double OutOfNetworkShare,
    bool InCrm)
{
    public PlantedRole Role { get; init; }

    public double? FinalMonthFactor { get; init; }

    public DateOnly? LastReferralDate { get; init; }

    // Made once: every referral row of the provider shares the string (a million rows in a benchmark).
    public string DisplayName { get; } = $"Dr {FirstName} {LastName}";
}
