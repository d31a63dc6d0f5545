namespace Keepage.Connectors.Messaging;

/// <summary>What one analysis did: counts only, safe to log and to return from an admin endpoint.</summary>
public sealed record AnalysisSummary(
    DateOnly AsOf,
    int Referrals,
    int ReferringProviders,
    int MatchedProviders,
    int KpiRecords,
    int Alerts,
    PublishPlan Queued);
