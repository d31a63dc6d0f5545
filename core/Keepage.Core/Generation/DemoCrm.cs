namespace Keepage.Core.Generation;

// The CRM side of the demo: liaisons, practices, the providers the CRM knows, and their outreach.
internal sealed record DemoCrm(
    IReadOnlyList<DemoLiaison> Liaisons,
    IReadOnlyList<DemoAccount> Accounts,
    IReadOnlyList<DemoContact> Contacts,
    IReadOnlyList<DemoActivity> Activities);
