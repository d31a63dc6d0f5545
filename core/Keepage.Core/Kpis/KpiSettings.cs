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

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(LookBackMonths, 1, nameof(LookBackMonths));
        ArgumentOutOfRangeException.ThrowIfLessThan(HistoryMonths, 1, nameof(HistoryMonths));
        ArgumentOutOfRangeException.ThrowIfNegative(MinimumCellSize, nameof(MinimumCellSize));
    }
}
