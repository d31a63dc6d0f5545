using Keepage.Core.Crm;

namespace Keepage.Core.Generation;

// The demo's CRM seed as a sync would read it back from Dataverse: ids as lower-case GUIDs, activities dated by their end.
internal static class DemoCrmSnapshot
{
    public static CrmSnapshot From(DemoCrm crm, string crmTarget)
    {
        // Owners and regarding records recur on every activity: one string per id.
        var ids = new Dictionary<Guid, string>();
        string Id(Guid id) => ids.TryGetValue(id, out var text) ? text : ids[id] = id.ToString("D");
        var providers = crm.Contacts
            .Select(c => new Provider(crmTarget, Id(c.Id), c.Provider.Npi, $"{c.Provider.FirstName} {c.Provider.LastName}", Id(c.AccountId), Id(c.OwnerId), null))
            .ToList();
        var practices = crm.Accounts
            .Select(a => new Practice(crmTarget, Id(a.Id), a.Practice.PracticeId, a.Practice.Name, Id(a.OwnerId), null))
            .ToList();
        var activities = crm.Activities
            .Select(a => new OutreachActivity(crmTarget, Id(a.Id), a.Table, a.Subject, a.End, Id(a.RegardingId), a.RegardingTable, Id(a.OwnerId), null))
            .ToList();
        return new CrmSnapshot(crmTarget, providers, practices, activities);
    }
}
