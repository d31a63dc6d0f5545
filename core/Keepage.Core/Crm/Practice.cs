namespace Keepage.Core.Crm;

/// <summary>A referring practice as the CRM knows it (a Dataverse account, a Salesforce Account).</summary>
public sealed record Practice(
    string CrmTarget,
    string CrmId,
    string? PracticeId,
    string Name,
    string? OwnerId,
    DateTimeOffset? ModifiedOn);
