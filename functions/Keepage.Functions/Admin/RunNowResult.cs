using Keepage.Connectors.Messaging;

namespace Keepage.Functions.Admin;

/// <summary>What "run now" did: how many CRM targets were synced, and the analysis (counts, work items queued).</summary>
public sealed record RunNowResult(int CrmTargetsSynced, AnalysisSummary Analysis);
