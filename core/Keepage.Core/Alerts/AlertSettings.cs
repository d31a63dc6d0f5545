namespace Keepage.Core.Alerts;

/// <summary>Thresholds of the leakage alerts; the defaults are the documented ones (docs/kpis-and-alerts.md).</summary>
public sealed record AlertSettings
{
    /// <summary>volume_drop fires when P(X ≤ observed | expected) is below this.</summary>
    public double Alpha { get; init; } = 0.01;

    /// <summary>volume_drop tests only subjects expected to send at least this many referrals in the month.</summary>
    public double MinimumBaseline { get; init; } = 5;

    /// <summary>Complete months before the evaluated month that form the subject's baseline.</summary>
    public int BaselineMonths { get; init; } = 6;

    /// <summary>volume_drop also needs observed at least this share below expected, so large subjects alert on drops that matter.</summary>
    public double MinimumRelativeDrop { get; init; } = 0.25;

    /// <summary>dormant_referrer: least days without any referral.</summary>
    public int DormantDays { get; init; } = 60;

    /// <summary>dormant_referrer fires when P(no referral in the silent days | the provider's previous rate) is below this.</summary>
    public double DormantAlpha { get; init; } = 0.01;

    /// <summary>dormant_referrer: a regular referrer sent at least this many referrals in the look-back up to its last one.</summary>
    public int RegularMinimumReferrals { get; init; } = 6;

    /// <summary>dormant_referrer: ... spread over at least this many distinct calendar months.</summary>
    public int RegularMinimumMonths { get; init; } = 3;

    /// <summary>dormant_referrer: months up to the last referral in which regularity and the rate are judged.</summary>
    public int RegularLookBackMonths { get; init; } = 12;

    /// <summary>out_of_network_shift: least referrals with a known network in the evaluated month.</summary>
    public int ShiftMinimumReferrals { get; init; } = 5;

    /// <summary>out_of_network_shift: least rise of the out-of-network share over the baseline share (0..1).</summary>
    public double ShiftMinimumRise { get; init; } = 0.2;

    /// <summary>unscheduled_referral_aging: days a referral may stay pending before the liaison should call the office.</summary>
    public int AgingDays { get; init; } = 14;

    /// <summary>unscheduled_referral_aging: pending referrals older than this are taken as lost, not aging.</summary>
    public int AgingMaximumDays { get; init; } = 90;

    /// <summary>new_referrer: first referrals in this many days before the as-of date raise the alert.</summary>
    public int NewReferrerDays { get; init; } = 92;

    /// <summary>new_referrer: no referral from the provider in this many months before the first one.</summary>
    public int NewReferrerLookBackMonths { get; init; } = 24;

    /// <summary>new_referrer: the data must reach this many months before the first referral, or everyone looks new.</summary>
    public int NewReferrerMinimumHistoryMonths { get; init; } = 12;

    /// <summary>outreach_gap: top referrers are this share of providers by referrals in the 12 months before the as-of date.</summary>
    public double TopReferrerShare { get; init; } = 0.1;

    /// <summary>outreach_gap: days without an outreach activity.</summary>
    public int OutreachGapDays { get; init; } = 90;

    /// <summary>
    /// Days from the first day of an alert's period during which no other alert is raised for the same rule and
    /// subject (<see cref="AlertSuppression"/>); 0 turns suppression off.
    /// </summary>
    public int SuppressionDays { get; init; } = 90;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(SuppressionDays, nameof(SuppressionDays));
        ArgumentOutOfRangeException.ThrowIfLessThan(ShiftMinimumReferrals, 1, nameof(ShiftMinimumReferrals));
        ArgumentOutOfRangeException.ThrowIfNegative(ShiftMinimumRise, nameof(ShiftMinimumRise));
        ArgumentOutOfRangeException.ThrowIfLessThan(AgingDays, 1, nameof(AgingDays));
        ArgumentOutOfRangeException.ThrowIfLessThan(AgingMaximumDays, AgingDays, nameof(AgingMaximumDays));
        ArgumentOutOfRangeException.ThrowIfLessThan(NewReferrerDays, 1, nameof(NewReferrerDays));
        ArgumentOutOfRangeException.ThrowIfLessThan(NewReferrerLookBackMonths, 1, nameof(NewReferrerLookBackMonths));
        ArgumentOutOfRangeException.ThrowIfNegative(NewReferrerMinimumHistoryMonths, nameof(NewReferrerMinimumHistoryMonths));
        if (!(TopReferrerShare is > 0 and <= 1))
            throw new ArgumentOutOfRangeException(nameof(TopReferrerShare), TopReferrerShare, "The top referrer share must be in (0, 1].");
        ArgumentOutOfRangeException.ThrowIfLessThan(OutreachGapDays, 1, nameof(OutreachGapDays));
        if (!(Alpha is > 0 and < 1))
            throw new ArgumentOutOfRangeException(nameof(Alpha), Alpha, "Alpha must be between 0 and 1.");
        ArgumentOutOfRangeException.ThrowIfNegative(MinimumBaseline, nameof(MinimumBaseline));
        ArgumentOutOfRangeException.ThrowIfLessThan(BaselineMonths, 1, nameof(BaselineMonths));
        ArgumentOutOfRangeException.ThrowIfNegative(MinimumRelativeDrop, nameof(MinimumRelativeDrop));
        ArgumentOutOfRangeException.ThrowIfLessThan(DormantDays, 1, nameof(DormantDays));
        if (!(DormantAlpha is > 0 and < 1))
            throw new ArgumentOutOfRangeException(nameof(DormantAlpha), DormantAlpha, "The dormancy alpha must be between 0 and 1.");
        ArgumentOutOfRangeException.ThrowIfLessThan(RegularMinimumReferrals, 1, nameof(RegularMinimumReferrals));
        ArgumentOutOfRangeException.ThrowIfLessThan(RegularMinimumMonths, 1, nameof(RegularMinimumMonths));
        ArgumentOutOfRangeException.ThrowIfLessThan(RegularLookBackMonths, 1, nameof(RegularLookBackMonths));
    }
}
