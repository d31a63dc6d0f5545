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

    /// <summary>dormant_referrer: days without any referral.</summary>
    public int DormantDays { get; init; } = 60;

    /// <summary>dormant_referrer: a regular referrer sent at least this many referrals in the look-back before the dormant days.</summary>
    public int RegularMinimumReferrals { get; init; } = 6;

    /// <summary>dormant_referrer: ... spread over at least this many distinct calendar months.</summary>
    public int RegularMinimumMonths { get; init; } = 3;

    /// <summary>dormant_referrer: months before the dormant days in which regularity is judged.</summary>
    public int RegularLookBackMonths { get; init; } = 12;

    internal void Validate()
    {
        if (!(Alpha is > 0 and < 1))
            throw new ArgumentOutOfRangeException(nameof(Alpha), Alpha, "Alpha must be between 0 and 1.");
        ArgumentOutOfRangeException.ThrowIfNegative(MinimumBaseline, nameof(MinimumBaseline));
        ArgumentOutOfRangeException.ThrowIfLessThan(BaselineMonths, 1, nameof(BaselineMonths));
        ArgumentOutOfRangeException.ThrowIfNegative(MinimumRelativeDrop, nameof(MinimumRelativeDrop));
        ArgumentOutOfRangeException.ThrowIfLessThan(DormantDays, 1, nameof(DormantDays));
        ArgumentOutOfRangeException.ThrowIfLessThan(RegularMinimumReferrals, 1, nameof(RegularMinimumReferrals));
        ArgumentOutOfRangeException.ThrowIfLessThan(RegularMinimumMonths, 1, nameof(RegularMinimumMonths));
        ArgumentOutOfRangeException.ThrowIfLessThan(RegularLookBackMonths, 1, nameof(RegularLookBackMonths));
    }
}
