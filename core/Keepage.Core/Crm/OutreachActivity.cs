namespace Keepage.Core.Crm;

/// <summary>A liaison's visit, call, event or task logged in the CRM, regarding a provider or a practice.</summary>
public sealed record OutreachActivity(
    string CrmTarget,
    string CrmId,
    string Kind,
    string? Subject,
    DateTimeOffset? OccurredOn,
    string? RegardingCrmId,
    string? RegardingType,
    string? OwnerId,
    DateTimeOffset? ModifiedOn);
