using Keepage.Connectors.Messaging;
using Microsoft.Azure.Functions.Worker;

namespace Keepage.Functions.Publishing;

/// <summary>
/// Every minute: consume publish work items with a peek-lock receiver. The Service Bus trigger extension cannot be
/// built here, so a timer drains the queue through the work-queue seam; moving to the trigger later replaces only
/// this class (the consumer's settle rules stay).
/// </summary>
public sealed class DrainPublishWork(PublishWorkConsumer consumer)
{
    [Function(nameof(DrainPublishWork))]
    public async Task Run([TimerTrigger("30 * * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        await consumer.DrainAsync(cancellationToken);
}
