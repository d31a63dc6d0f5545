namespace Keepage.Core.Generation;

// A referring provider as a Dataverse contact, with the NPI in kpg_npi.
internal sealed record DemoContact(Guid Id, DemoProvider Provider, Guid AccountId, Guid OwnerId);
