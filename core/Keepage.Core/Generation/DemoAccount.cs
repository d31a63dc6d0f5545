namespace Keepage.Core.Generation;

/// <summary>A practice as a Dataverse account; accountnumber carries the EHR's practice id.</summary>
internal sealed record DemoAccount(Guid Id, DemoPractice Practice, Guid OwnerId);
