using System.Globalization;

namespace Keepage.Core.Alerts;

/// <summary>
/// Suppression windows: once an alert is raised for a rule and subject, no alert with another key is raised for that
/// rule and subject until <see cref="AlertSettings.SuppressionDays"/> after the first day of its period. Within the
/// window the earlier alert stands instead, unchanged and under its own key, so publishing rewrites nothing and an
/// alert someone closed in the CRM stays closed; it is kept while the window lasts even when the condition clears, so
/// a condition that comes and goes raises one alert per window, not one per run.
/// </summary>
public static class AlertSuppression
{
    /// <summary>The alerts to keep: <paramref name="raised"/> now, less those suppressed by <paramref name="previous"/> (the last kept set).</summary>
    public static IReadOnlyList<Alert> Apply(IReadOnlyList<Alert> raised, IReadOnlyList<Alert> previous, AlertSettings settings, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(raised);
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        var standing = Standing(previous, settings, asOf);
        var raisedKeys = raised.Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
        var kept = raised.Where(a => !Suppressed(a, standing, settings)).ToList();
        kept.AddRange(standing.Values.Where(a => !raisedKeys.Contains(a.Key)));
        return [.. kept.OrderBy(a => a.Key, StringComparer.Ordinal)];
    }

    // The latest previous alert per rule and subject whose window is still open on the as-of date.
    private static Dictionary<(string, string, string), Alert> Standing(IReadOnlyList<Alert> previous, AlertSettings settings, DateOnly asOf)
    {
        var standing = new Dictionary<(string, string, string), Alert>();
        foreach (var alert in previous.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            if (PeriodStart(alert) is not { } start || start > asOf || start.AddDays(settings.SuppressionDays) <= asOf)
                continue;
            var subject = (alert.Rule, alert.SubjectType, alert.SubjectId);
            if (!standing.TryGetValue(subject, out var other) || PeriodStart(other) < start)
                standing[subject] = alert;
        }
        return standing;
    }

    private static bool Suppressed(Alert alert, Dictionary<(string, string, string), Alert> standing, AlertSettings settings) =>
        standing.TryGetValue((alert.Rule, alert.SubjectType, alert.SubjectId), out var earlier)
        && earlier.Key != alert.Key
        && PeriodStart(alert) is { } start
        && PeriodStart(earlier) is { } earlierStart
        && start >= earlierStart
        && start < earlierStart.AddDays(settings.SuppressionDays);

    // Alert periods are months (yyyy-MM).
    private static DateOnly? PeriodStart(Alert alert) =>
        DateOnly.TryParseExact(alert.Period + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start) ? start : null;
}
