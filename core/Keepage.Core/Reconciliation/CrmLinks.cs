using Keepage.Core.Crm;

namespace Keepage.Core.Reconciliation;

/// <summary>How one CRM target's records link to the referral data: providers by NPI, practices by practice id.</summary>
public sealed record CrmLinks(
    string CrmTarget,
    IReadOnlyDictionary<string, Provider> ProvidersByNpi,
    IReadOnlyDictionary<string, Practice> PracticesById,
    IReadOnlyDictionary<string, IReadOnlyList<OutreachActivity>> OutreachByNpi)
{
    public CrmReference? ProviderContact(string npi) =>
        ProvidersByNpi.TryGetValue(npi, out var provider) ? new CrmReference("contact", provider.CrmId) : null;

    public CrmReference? PracticeAccount(string practiceId) =>
        PracticesById.TryGetValue(practiceId, out var practice) ? new CrmReference("account", practice.CrmId) : null;
}
