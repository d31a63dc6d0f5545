namespace Keepage.Core.Generation;

/// <summary>
/// What the demo data should reveal: the planted anomalies (sorted by rule, subject type, subject id), the counts,
/// and the providers deliberately left out of the CRM (reconciliation should report them unmatched).
/// </summary>
public sealed record DemoGroundTruth(
    int Seed,
    DateOnly AsOf,
    string LastCompleteMonth,
    DemoCounts Counts,
    IReadOnlyList<PlantedAnomaly> Anomalies,
    IReadOnlyList<string> UnmatchedNpis);
