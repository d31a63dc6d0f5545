namespace Keepage.Core.Generation;

// A physician liaison: a Dataverse systemuser who owns practices, contacts and activities.
internal sealed record DemoLiaison(Guid Id, string FirstName, string LastName)
{
    public string FullName => $"{FirstName} {LastName}";
}
