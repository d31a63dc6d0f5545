using Keepage.Core.Flows;

namespace Keepage.Cli.Output;

/// <summary>The one-line machine-readable summary (--json). Field names are a public contract: add, never rename.</summary>
internal sealed record RunJson(
    string AsOf,
    int Files,
    int Read,
    int Accepted,
    int Duplicates,
    int Quarantined,
    int Flagged,
    int ReferringProviders,
    int MatchedProviders,
    int KpiRecords,
    int Alerts,
    int CrmWrites,
    int CrmUnchanged,
    int CrmFailed)
{
    public static RunJson From(RunSummary s) => new(
        s.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        s.Files, s.Read, s.Accepted, s.Duplicates, s.Quarantined, s.Flagged,
        s.Reconciliation.ReferringProviders, s.Reconciliation.MatchedProviders,
        s.KpiRecords, s.Alerts, s.CrmWrites, s.CrmUnchanged, s.CrmFailed);
}
