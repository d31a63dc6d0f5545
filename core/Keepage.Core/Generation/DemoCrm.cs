namespace Keepage.Core.Generation;

/// <summary>The CRM side of the demo: liaisons, practices, the providers the CRM knows, and their outreach.</summary>
internal sealed record DemoCrm(
    IReadOnlyList<DemoLiaison> Liaisons,
    IReadOnlyList<DemoAccount> Accounts,
    IReadOnlyList<DemoContact> Contacts,
    IReadOnlyList<DemoActivity> Activities);
