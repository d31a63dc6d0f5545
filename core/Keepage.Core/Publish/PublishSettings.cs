namespace Keepage.Core.Publish;

/// <summary>
/// Which KPI records go to the CRM on each run. The store keeps every period (and `keepage export kpis` shows them);
/// the CRM gets the newest periods, and older ones stay there from the runs that wrote them, so a dashboard's history
/// grows run by run without a large backfill on day one. Alerts are always published.
/// </summary>
public sealed record PublishSettings
{
    /// <summary>The newest monthly periods published (default 3: the latest complete quarter).</summary>
    public int KpiMonths { get; init; } = 3;

    /// <summary>The newest weekly periods published (default 4).</summary>
    public int KpiWeeks { get; init; } = 4;
}
