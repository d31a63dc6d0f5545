using Keepage.Connectors.Salesforce.Limits;
using Keepage.Core.Crm;

namespace Keepage.Connectors.Salesforce.Writes;

/// <summary>
/// Looks up which alert Tasks exist before writing them: a closed one is reported unchanged and not written (the
/// person who completed it keeps it completed), an open one loses Status and due date, a new one gets both.
/// </summary>
internal sealed class AlertPreparation(AlertTasks tasks, ApiBudget budget)
{
    public async Task<List<WriteItem>> PrepareAsync(List<WriteItem> alerts, CrmWriteResult[] results, CancellationToken cancellationToken)
    {
        if (alerts.Count == 0)
            return alerts;
        Dictionary<string, (string Id, bool IsClosed)> existing;
        try
        {
            existing = budget.Allows(AlertTasks.QueriesFor(alerts.Count))
                ? await tasks.ExistingAsync(alerts.Select(a => a.Key), cancellationToken)
                : throw new SalesforceException(budget.Reason);
        }
        catch (Exception error) when (error is SalesforceException { ErrorCode: null or "REQUEST_LIMIT_EXCEEDED" or "SERVER_UNAVAILABLE" } || TransportFailure.Is(error, cancellationToken))
        {
            foreach (var alert in alerts)
                results[alert.Index] = ItemOutcomes.Retryable(alert, budget.Reason).Result;
            return [];
        }
        var open = new List<WriteItem>();
        foreach (var alert in alerts)
        {
            if (existing.TryGetValue(alert.Key, out var task) && task.IsClosed)
            {
                results[alert.Index] = new CrmWriteResult(alert.Key, CrmWriteOutcome.Unchanged, task.Id);
                continue;
            }
            if (existing.ContainsKey(alert.Key))
                AlertTasks.PrepareExisting(alert);
            else
                tasks.PrepareNew(alert);
            open.Add(alert);
        }
        return open;
    }
}
