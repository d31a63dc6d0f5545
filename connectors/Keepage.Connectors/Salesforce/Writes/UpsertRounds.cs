using Keepage.Connectors.Salesforce.Limits;
using Keepage.Core.Crm;
using Microsoft.Extensions.Logging;

namespace Keepage.Connectors.Salesforce.Writes;

/// <summary>
/// Writes a group in rounds: a Bulk API 2.0 job from <see cref="SalesforceOptions.BulkThreshold"/> records, otherwise
/// collections of up to 200. Only records refused with UNABLE_TO_LOCK_ROW go to the next round, after a wait that
/// starts at <see cref="SalesforceOptions.RetryDelay"/> and doubles. When the API budget runs out, every record not yet
/// written keeps a retryable result with the reason, so the next run sends it.
/// </summary>
internal sealed class UpsertRounds(CollectionWriter collections, BulkWriter bulk, ApiBudget budget, SalesforceOptions options, TimeProvider waits, ILogger logger)
{
    public async Task WriteAsync(WriteGroup group, CrmWriteResult[] results, CancellationToken cancellationToken)
    {
        var pending = group.Items;
        for (var round = 0; pending.Count > 0; round++)
        {
            if (round > 0)
            {
                var wait = options.RetryDelay * Math.Pow(2, round - 1);
                logger.LogInformation("Retrying {Count} {SObject} records refused with UNABLE_TO_LOCK_ROW after {Wait}", pending.Count, group.SObject, wait);
                await Task.Delay(wait, waits, cancellationToken);
            }
            foreach (var item in pending)
                results[item.Index] = ItemOutcomes.Retryable(item, budget.Reason).Result;
            var retry = new List<WriteItem>();
            var completed = await RoundAsync(group, pending, results, retry, cancellationToken);
            if (!completed || round >= options.MaxLockRetries)
                return;
            pending = retry;
        }
    }

    // False when the budget stopped the round; the records it did not reach keep their retryable result.
    private async Task<bool> RoundAsync(WriteGroup group, List<WriteItem> pending, CrmWriteResult[] results, List<WriteItem> retry, CancellationToken cancellationToken)
    {
        if (pending.Count >= options.BulkThreshold)
        {
            var written = budget.Allows(BulkWriter.CallsPerJob) ? await bulk.WriteAsync(group, pending, cancellationToken) : null;
            return written is not null && Record(written, results, retry);
        }
        foreach (var chunk in pending.Chunk(options.CollectionSize))
        {
            var written = budget.Allows(1) ? await collections.SendAsync(group, chunk, cancellationToken) : null;
            if (written is null || !Record(written, results, retry))
                return false;
        }
        return true;
    }

    private static bool Record(List<ItemResult> written, CrmWriteResult[] results, List<WriteItem> retry)
    {
        foreach (var item in written)
        {
            results[item.Item.Index] = item.Result;
            if (item.RetryLock)
                retry.Add(item.Item);
        }
        return true;
    }
}
