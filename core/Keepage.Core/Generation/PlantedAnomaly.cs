namespace Keepage.Core.Generation;

/// <summary>
/// An anomaly the generator planted, keyed like the alert that should find it (rule, subject, period).
/// <see cref="Baseline"/> is the mean of the six months before a volume drop; <see cref="Observed"/> the count in
/// the period (0 for a dormant referrer, the first month's count for a new referrer).
/// </summary>
public sealed record PlantedAnomaly(
    string Rule,
    string SubjectType,
    string SubjectId,
    string SubjectName,
    string PracticeId,
    string Period,
    decimal? Baseline,
    int Observed);
