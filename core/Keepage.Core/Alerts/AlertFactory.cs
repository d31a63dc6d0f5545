using Keepage.Core.Kpis;

namespace Keepage.Core.Alerts;

// Builds a provider alert with its deterministic key.
internal static class AlertFactory
{
    public static Alert Provider(
        string rule, SubjectHistory provider, string period, AlertSeverity severity, decimal? expected, decimal? observed, string explanation) => new()
    {
        Key = Alert.MakeKey(rule, Grains.Provider, provider.Id, period),
        Rule = rule,
        SubjectType = Grains.Provider,
        SubjectId = provider.Id,
        SubjectName = provider.Name,
        Period = period,
        Severity = severity,
        Expected = expected,
        Observed = observed,
        Explanation = explanation,
    };
}
