using Keepage.Core.Reconciliation;

namespace Keepage.Core.Kpis;

/// <summary>
/// What the CRM adds to KPIs: the liaison (record owner) of each provider's contact and practice's account, and the
/// dates of outreach activities per provider NPI. Empty when no CRM has been read: liaison and outreach KPIs are then skipped.
/// </summary>
public sealed record OutreachContext(
    IReadOnlyDictionary<string, string> LiaisonByProvider,
    IReadOnlyDictionary<string, string> LiaisonByPractice,
    IReadOnlyDictionary<string, IReadOnlyList<DateOnly>> VisitsByProvider)
{
    public static OutreachContext None { get; } = new(
        new Dictionary<string, string>(), new Dictionary<string, string>(), new Dictionary<string, IReadOnlyList<DateOnly>>());

    public bool HasCrm => LiaisonByProvider.Count > 0 || LiaisonByPractice.Count > 0 || VisitsByProvider.Count > 0;

    public string? LiaisonOf(string? providerId, string? practiceId) =>
        providerId is not null && LiaisonByProvider.TryGetValue(providerId, out var owner) ? owner
        : practiceId is not null && LiaisonByPractice.TryGetValue(practiceId, out var practiceOwner) ? practiceOwner
        : null;

    /// <summary>From reconciliation: targets in name order, the first that knows a subject wins.</summary>
    public static OutreachContext From(ReconciliationResult reconciliation)
    {
        ArgumentNullException.ThrowIfNull(reconciliation);
        var providers = new Dictionary<string, string>(StringComparer.Ordinal);
        var practices = new Dictionary<string, string>(StringComparer.Ordinal);
        var visits = new Dictionary<string, IReadOnlyList<DateOnly>>(StringComparer.Ordinal);
        foreach (var target in reconciliation.Targets.OrderBy(t => t.CrmTarget, StringComparer.Ordinal))
        {
            foreach (var (npi, provider) in target.ProvidersByNpi)
                if (provider.OwnerId is { } owner) providers.TryAdd(npi, owner);
            foreach (var (id, practice) in target.PracticesById)
                if (practice.OwnerId is { } owner) practices.TryAdd(id, owner);
            foreach (var (npi, activities) in target.OutreachByNpi)
                visits.TryAdd(npi, [.. activities.Where(a => a.OccurredOn is not null).Select(a => DateOnly.FromDateTime(a.OccurredOn!.Value.UtcDateTime)).Order()]);
        }
        return new(providers, practices, visits);
    }
}
