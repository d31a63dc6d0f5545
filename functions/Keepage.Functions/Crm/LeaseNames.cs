namespace Keepage.Functions.Crm;

/// <summary>Names of the leases that keep work to one instance at a time.</summary>
public static class LeaseNames
{
    /// <summary>Reconcile, KPIs, alerts and queueing the publish: the timer and "run now" must not overlap.</summary>
    public const string Analysis = "analysis";

    /// <summary>Longer than an analysis takes; a crashed holder frees it after this.</summary>
    public static readonly TimeSpan AnalysisDuration = TimeSpan.FromMinutes(30);
}
