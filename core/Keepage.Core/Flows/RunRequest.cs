using Keepage.Core.Ingest;

namespace Keepage.Core.Flows;

/// <summary>
/// What to run: the exports to ingest (each with the reader of its source profile) and the analysis date. With no
/// <see cref="AsOf"/>, "today" is the day after the newest referral held when <see cref="AsOfFromData"/> is set
/// (reproducible demos and back-fills), otherwise the clock's today. A <see cref="DryRun"/> does everything but the CRM
/// writes: the publish step only plans them (<see cref="RunSummary.Plan"/>).
/// </summary>
public sealed record RunRequest(IReadOnlyList<ExportToIngest> Exports, DateOnly? AsOf = null, bool AsOfFromData = false, bool DryRun = false);

public sealed record ExportToIngest(ExportFile File, IExportReader Reader);
