using Keepage.Core.Messaging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Keepage.Connectors.Messaging;

/// <summary>
/// Consumes publish work items in peek-lock: completes an item once its records are written; when the CRM asks to
/// wait (Retry-After, or records throttled with 429), schedules a copy for after the wait and completes the original
/// (never retried at once); abandons on a transient failure so the broker redelivers it; dead-letters with a PHI-free
/// reason what cannot succeed (malformed, unknown target, records the CRM refuses) and what still fails at the
/// delivery limit. Failed items stay locked
/// until the drain ends and are abandoned then, so one drain tries each item once rather than spinning on it.
/// </summary>
public sealed class PublishWorkConsumer(
    IWorkQueue queue,
    CrmRecordPublisher publisher,
    TimeProvider clock,
    IOptions<PublishWorkOptions> options,
    ILogger<PublishWorkConsumer> logger)
{
    private readonly PublishWorkOptions _options = options.Value;

    /// <summary>Receives and settles items until the queue has none due or the per-drain limit is reached.</summary>
    public async Task<DrainSummary> DrainAsync(CancellationToken cancellationToken)
    {
        var summary = DrainSummary.Empty;
        var failed = new List<ReceivedWork>();
        while (summary.Received < _options.MaxMessagesPerDrain)
        {
            var batchSize = Math.Min(_options.ReceiveBatchSize, _options.MaxMessagesPerDrain - summary.Received);
            var batch = await queue.ReceiveAsync(batchSize, cancellationToken);
            if (batch.Count == 0)
                break;
            foreach (var work in batch)
                summary = summary.Add(await HandleAsync(work, failed, cancellationToken));
        }
        foreach (var work in failed)
            await SettleAsync(work, () => queue.AbandonAsync(work, cancellationToken));
        logger.LogInformation(
            "Drained {Received} publish work items: {Completed} completed, {Rescheduled} rescheduled, {Abandoned} abandoned, {DeadLettered} dead-lettered",
            summary.Received, summary.Completed, summary.Rescheduled, summary.Abandoned, summary.DeadLettered);
        return summary;
    }

    private async Task<Settlement> HandleAsync(ReceivedWork work, List<ReceivedWork> failed, CancellationToken cancellationToken)
    {
        var settlement = Settlement.LockLost;
        await SettleAsync(work, async () => settlement = await ProcessAsync(work, cancellationToken));
        if (settlement == Settlement.Abandoned)
            failed.Add(work);
        return settlement;
    }

    // A lost lock means the broker delivers the item again; publishing is idempotent through the ledger.
    private async Task SettleAsync(ReceivedWork work, Func<Task> settle)
    {
        try
        {
            await settle();
        }
        catch (WorkLockLostException)
        {
            logger.LogWarning("Lost the lock on work item {MessageId} before settling it", work.MessageId);
        }
    }

    private async Task<Settlement> ProcessAsync(ReceivedWork work, CancellationToken cancellationToken)
    {
        if (WorkCommand.TryRead(work.Body) is not PublishCrmRecords command)
            return await DeadLetterAsync(work, DeadLetterReasons.MalformedWorkItem, "The body is not a publish command this version reads.", cancellationToken);
        PublishOutcome outcome;
        try
        {
            outcome = await publisher.PublishAsync(command, cancellationToken);
        }
        catch (CrmAskedToWaitException wait)
        {
            return await RescheduleAsync(work, command, wait.RetryAfter, cancellationToken);
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested && error is not OutOfMemoryException)
        {
            // Only the exception's type is recorded: messages from drivers and CRMs can quote data.
            return await FailAsync(work, error.GetType().Name, cancellationToken);
        }
        return outcome switch
        {
            { TargetFound: false } => await DeadLetterAsync(work, DeadLetterReasons.UnknownTarget, $"No CRM target named '{command.Target}' is configured.", cancellationToken),
            { PermanentFailures: > 0 } => await DeadLetterAsync(work, DeadLetterReasons.CrmRejectedRecords,
                $"{outcome.PermanentFailures} of {outcome.Records} records refused ({outcome.FirstFailure}).", cancellationToken),
            { RetryableFailures: > 0 } when outcome.Throttled == outcome.RetryableFailures =>
                await RescheduleAsync(work, command, _options.ThrottledRetryDelay, cancellationToken),
            { RetryableFailures: > 0 } => await FailAsync(work, $"{outcome.RetryableFailures} of {outcome.Records} records failed ({outcome.FirstFailure})", cancellationToken),
            _ => await CompleteAsync(work, cancellationToken),
        };
    }

    private async Task<Settlement> CompleteAsync(ReceivedWork work, CancellationToken cancellationToken)
    {
        await queue.CompleteAsync(work, cancellationToken);
        return Settlement.Completed;
    }

    // Send first, then complete: a crash between the two leaves the original to be redelivered, and its copy's id is
    // derived from the original's, so the broker drops the second copy.
    private async Task<Settlement> RescheduleAsync(ReceivedWork work, PublishCrmRecords command, TimeSpan retryAfter, CancellationToken cancellationToken)
    {
        var at = clock.GetUtcNow() + retryAfter;
        await queue.SendAsync(new WorkMessage(WorkMessageIds.Rescheduled(work.MessageId), command, at), cancellationToken);
        await queue.CompleteAsync(work, cancellationToken);
        logger.LogInformation("CRM asked to wait; work item {MessageId} rescheduled for {At:o}", work.MessageId, at);
        return Settlement.Rescheduled;
    }

    // Abandoned items are released when the drain ends (see DrainAsync).
    private async Task<Settlement> FailAsync(ReceivedWork work, string failure, CancellationToken cancellationToken)
    {
        if (work.DeliveryCount >= _options.MaxDeliveryCount)
            return await DeadLetterAsync(work, DeadLetterReasons.DeliveryLimitReached, $"Failed on {work.DeliveryCount} deliveries; last: {failure}.", cancellationToken);
        logger.LogWarning("Work item {MessageId} failed on delivery {Delivery} ({Failure}); abandoned for redelivery", work.MessageId, work.DeliveryCount, failure);
        return Settlement.Abandoned;
    }

    private async Task<Settlement> DeadLetterAsync(ReceivedWork work, string reason, string description, CancellationToken cancellationToken)
    {
        logger.LogError("Work item {MessageId} dead-lettered: {Reason} {Description}", work.MessageId, reason, description);
        await queue.DeadLetterAsync(work, reason, description, cancellationToken);
        return Settlement.DeadLettered;
    }
}
