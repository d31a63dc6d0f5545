using Keepage.Core.Flows;
using Keepage.Core.Store;

namespace Keepage.Cli.Output;

/// <summary>A run's summary as the row <c>keepage runs</c> lists.</summary>
internal static class RunHistoryRecord
{
    public static RunRecord Of(RunSummary summary, string configHash, DateTimeOffset startedAt, DateTimeOffset finishedAt) => new(
        startedAt, finishedAt, configHash, summary.DryRun, summary.Files, summary.Read, summary.Accepted, summary.Duplicates,
        summary.Quarantined, summary.KpiRecords, summary.Alerts,
        summary.Publish.Sum(p => p.Created), summary.Publish.Sum(p => p.Updated), summary.CrmUnchanged, summary.CrmFailed);
}
