namespace Keepage.Core.Kpis;

/// <summary>How far back KPIs look, how many months they publish, and the small-cell suppression threshold.</summary>
public sealed record KpiSettings
{
    /// <summary>A provider is new in a month when it has no referral in this many months before it.</summary>
    public int LookBackMonths { get; init; } = 24;

    /// <summary>Complete months published, ending with the last complete month before the as-of date.</summary>
    public int HistoryMonths { get; init; } = 18;

    /// <summary>Records counting 1 to this minus 1 referrals are not published; 0 turns suppression off.</summary>
    public int MinimumCellSize { get; init; }

    /// <summary>Weeks of weekly volume published, ending with the last complete ISO week before the as-of date; 0 turns weeks off.</summary>
    public int WeeklyHistory { get; init; } = 13;

    /// <summary>A referral still pending this many days after its referral date counts as unconverted leakage.</summary>
    public int UnconvertedDays { get; init; } = 30;

    /// <summary>A provider lapses when this many days pass without a referral after a regular run of referrals.</summary>
    public int LapsedDays { get; init; } = 90;

    /// <summary>Referrals in the 12 months before its last one that make a provider regular (for lapsed / reactivated).</summary>
    public int RegularMinimumReferrals { get; init; } = 3;

    /// <summary>Top referrers for outreach coverage: this share of providers by volume over the 12 months ending with the period.</summary>
    public double TopReferrerShare { get; init; } = 0.2;

    /// <summary>Outreach coverage counts a top referrer as visited with an activity in this many days before the period ends.</summary>
    public int OutreachCoverageDays { get; init; } = 90;

    /// <summary>Outreach lift compares referrals in this many days after a visit with as many days before it.</summary>
    public int OutreachLiftDays { get; init; } = 90;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(WeeklyHistory, nameof(WeeklyHistory));
        ArgumentOutOfRangeException.ThrowIfLessThan(UnconvertedDays, 1, nameof(UnconvertedDays));
        ArgumentOutOfRangeException.ThrowIfLessThan(LapsedDays, 1, nameof(LapsedDays));
        ArgumentOutOfRangeException.ThrowIfLessThan(RegularMinimumReferrals, 1, nameof(RegularMinimumReferrals));
        if (!(TopReferrerShare is > 0 and <= 1))
            throw new ArgumentOutOfRangeException(nameof(TopReferrerShare), TopReferrerShare, "The top referrer share must be in (0, 1].");
        ArgumentOutOfRangeException.ThrowIfLessThan(OutreachCoverageDays, 1, nameof(OutreachCoverageDays));
        ArgumentOutOfRangeException.ThrowIfLessThan(OutreachLiftDays, 1, nameof(OutreachLiftDays));
        ArgumentOutOfRangeException.ThrowIfLessThan(LookBackMonths, 1, nameof(LookBackMonths));
        ArgumentOutOfRangeException.ThrowIfLessThan(HistoryMonths, 1, nameof(HistoryMonths));
        ArgumentOutOfRangeException.ThrowIfNegative(MinimumCellSize, nameof(MinimumCellSize));
    }
}
