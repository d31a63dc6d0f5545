using System.Collections.Concurrent;
using Azure.Messaging.ServiceBus;
using Keepage.Connectors.Messaging;
using Keepage.Core.Messaging;

namespace Keepage.Tests.Messaging;

/// <summary>
/// A <see cref="ServiceBusSender"/> and <see cref="ServiceBusReceiver"/> pair with no broker behind them but the
/// in-process queue's peek-lock semantics, so the Service Bus adapter runs the same consumer tests. Received
/// messages are built with <see cref="ServiceBusModelFactory"/>, as the SDK's own would look.
/// </summary>
internal sealed class BrokerBackedServiceBus(InProcessWorkQueue broker)
{
    public Sender SenderFor() => new(broker);

    public Receiver ReceiverFor() => new(broker);

    internal sealed class Sender(InProcessWorkQueue broker) : ServiceBusSender
    {
        public List<ServiceBusMessage> Sent { get; } = [];

        public override async Task SendMessageAsync(ServiceBusMessage message, CancellationToken cancellationToken = default)
        {
            Sent.Add(message);
            var scheduledFor = message.ScheduledEnqueueTime == default ? (DateTimeOffset?)null : message.ScheduledEnqueueTime;
            await broker.SendAsync(message.MessageId, message.Subject, message.Body.ToMemory(), scheduledFor, cancellationToken);
        }
    }

    internal sealed class Receiver(InProcessWorkQueue broker) : ServiceBusReceiver
    {
        private readonly ConcurrentDictionary<string, ReceivedWork> _locked = new();

        public override async Task<IReadOnlyList<ServiceBusReceivedMessage>> ReceiveMessagesAsync(
            int maxMessages, TimeSpan? maxWaitTime = null, CancellationToken cancellationToken = default)
        {
            var received = await broker.ReceiveAsync(maxMessages, cancellationToken);
            foreach (var work in received)
                _locked[work.LockToken] = work;
            return [.. received.Select(work => ServiceBusModelFactory.ServiceBusReceivedMessage(
                body: new BinaryData(work.Body), messageId: work.MessageId, subject: work.Subject, lockTokenGuid: Guid.Parse(work.LockToken),
                deliveryCount: work.DeliveryCount, lockedUntil: work.LockedUntil, enqueuedTime: work.EnqueuedAt))];
        }

        public override Task CompleteMessageAsync(ServiceBusReceivedMessage message, CancellationToken cancellationToken = default) =>
            Settle(message, work => broker.CompleteAsync(work, cancellationToken));

        public override Task AbandonMessageAsync(
            ServiceBusReceivedMessage message, IDictionary<string, object>? propertiesToModify = null, CancellationToken cancellationToken = default) =>
            Settle(message, work => broker.AbandonAsync(work, cancellationToken));

        public override Task DeadLetterMessageAsync(
            ServiceBusReceivedMessage message, string deadLetterReason, string? deadLetterErrorDescription = null, CancellationToken cancellationToken = default) =>
            Settle(message, work => broker.DeadLetterAsync(work, deadLetterReason, deadLetterErrorDescription ?? "", cancellationToken));

        // The SDK reports an expired lock as a ServiceBusException with reason MessageLockLost.
        private async Task Settle(ServiceBusReceivedMessage message, Func<ReceivedWork, Task> settle)
        {
            if (!_locked.TryRemove(message.LockToken, out var work))
                throw new ServiceBusException("The lock supplied is invalid.", ServiceBusFailureReason.MessageLockLost);
            try
            {
                await settle(work);
            }
            catch (WorkLockLostException error)
            {
                throw new ServiceBusException(error.Message, ServiceBusFailureReason.MessageLockLost);
            }
        }
    }
}
