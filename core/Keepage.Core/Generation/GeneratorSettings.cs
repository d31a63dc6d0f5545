namespace Keepage.Core.Generation;

/// <summary>
/// What the demo generator makes. The same settings give the same bytes on any machine: all randomness comes from
/// <c>new Random(Seed)</c>, and nothing reads the clock or the culture.
/// </summary>
public sealed record GeneratorSettings
{
    public int Seed { get; init; } = 20261101;

    public int Providers { get; init; } = 120;

    /// <summary>Referring practices; about a quarter of <see cref="Providers"/> when not set.</summary>
    public int? Practices { get; init; }

    public int Months { get; init; } = 24;

    /// <summary>The last month with referrals (any day of it); the as-of date is the first day of the next month.</summary>
    public DateOnly LastMonth { get; init; } = new(2026, 10, 1);

    public int Liaisons { get; init; } = 4;

    public int PlantedVolumeDrops { get; init; } = 5;

    public int PlantedDormantReferrers { get; init; } = 3;

    public int PlantedNewReferrers { get; init; } = 4;

    /// <summary>
    /// Multiplies every provider's monthly referral rate before anomalies are planted (skew, seasonality and noise
    /// unchanged): sizes a benchmark.
    /// </summary>
    public double RateScale { get; init; } = 1;

    /// <summary>Multiplies the visits and calls per practice and month: sizes a benchmark's outreach.</summary>
    public double OutreachScale { get; init; } = 1;

    /// <summary>Share of rows an ingest should quarantine (a bad referral date or no referring provider).</summary>
    public double DefectRate { get; init; } = 0.005;

    public DateOnly FirstMonth => MonthStart.AddMonths(1 - Months);

    public DateOnly AsOf => MonthStart.AddMonths(1);

    internal DateOnly MonthStart => new(LastMonth.Year, LastMonth.Month, 1);

    internal int PracticeCount => Practices ?? Math.Max(1, (Providers + 2) / 4);

    internal void Validate()
    {
        var planted = PlantedVolumeDrops + PlantedDormantReferrers + PlantedNewReferrers;
        ArgumentOutOfRangeException.ThrowIfLessThan(Providers, Math.Max(10, 2 * planted), nameof(Providers));
        ArgumentOutOfRangeException.ThrowIfLessThan(PracticeCount, 1, nameof(Practices));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(PracticeCount, Providers, nameof(Practices));
        ArgumentOutOfRangeException.ThrowIfLessThan(Months, 13, nameof(Months));
        ArgumentOutOfRangeException.ThrowIfLessThan(Liaisons, 1, nameof(Liaisons));
        ArgumentOutOfRangeException.ThrowIfNegative(PlantedVolumeDrops, nameof(PlantedVolumeDrops));
        ArgumentOutOfRangeException.ThrowIfNegative(PlantedDormantReferrers, nameof(PlantedDormantReferrers));
        ArgumentOutOfRangeException.ThrowIfNegative(PlantedNewReferrers, nameof(PlantedNewReferrers));
        if (!(RateScale is > 0 and <= 100))
            throw new ArgumentOutOfRangeException(nameof(RateScale), RateScale, "The rate scale must be in (0, 100].");
        if (!(OutreachScale is > 0 and <= 100))
            throw new ArgumentOutOfRangeException(nameof(OutreachScale), OutreachScale, "The outreach scale must be in (0, 100].");
        if (!(DefectRate is >= 0 and < 0.5))
            throw new ArgumentOutOfRangeException(nameof(DefectRate), DefectRate, "The defect rate must be in [0, 0.5).");
    }
}
