namespace Keepage.Core.Crm;

/// <summary>What one sync read from one CRM target.</summary>
public sealed record CrmSnapshot(
    string CrmTarget,
    IReadOnlyList<Provider> Providers,
    IReadOnlyList<Practice> Practices,
    IReadOnlyList<OutreachActivity> Activities);
