namespace Keepage.Core.Generation;

/// <summary>A referring provider as a Dataverse contact, with the NPI in kpg_npi.</summary>
internal sealed record DemoContact(Guid Id, DemoProvider Provider, Guid AccountId, Guid OwnerId);
