namespace Keepage.Core.Crm;

/// <summary>A referring physician as the CRM knows it (a Dataverse contact, a Salesforce Contact).</summary>
public sealed record Provider(
    string CrmTarget,
    string CrmId,
    string? Npi,
    string Name,
    string? PracticeCrmId,
    string? OwnerId,
    DateTimeOffset? ModifiedOn);
