namespace Keepage.Core.Alerts;

/// <summary>
/// A leakage alert about a provider or a practice. Identity is rule + subject + period (<see cref="Key"/>),
/// so re-runs update the same CRM activity. The explanation carries counts, never patient data.
/// </summary>
public sealed record Alert
{
    public required string Key { get; init; }
    public required string Rule { get; init; }
    public required string SubjectType { get; init; }
    public required string SubjectId { get; init; }
    public string? SubjectName { get; init; }
    public required string Period { get; init; }
    public required AlertSeverity Severity { get; init; }
    public decimal? Expected { get; init; }
    public decimal? Observed { get; init; }
    public required string Explanation { get; init; }

    /// <summary>The subject id is made key-safe (<see cref="Kpis.KeyText"/>).</summary>
    public static string MakeKey(string rule, string subjectType, string subjectId, string period) =>
        $"{rule}.{subjectType}.{Kpis.KeyText.Clean(subjectId)}.{period}";
}

public enum AlertSeverity
{
    Low,
    Medium,
    High,
}
