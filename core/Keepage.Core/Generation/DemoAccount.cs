namespace Keepage.Core.Generation;

// A practice as a Dataverse account; accountnumber carries the EHR's practice id.
internal sealed record DemoAccount(Guid Id, DemoPractice Practice, Guid OwnerId);
