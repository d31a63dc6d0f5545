using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Azure.Messaging.ServiceBus;
using Keepage.Core.Messaging;

namespace Keepage.Connectors.Messaging;

/// <summary>
/// The work queue on an Azure Service Bus queue: a <see cref="ServiceBusSender"/> and a <see cref="ServiceBusReceiver"/>
/// in <see cref="ServiceBusReceiveMode.PeekLock"/>. The queue itself holds the broker settings (lock duration, max
/// delivery count, duplicate detection); see infra/modules/servicebus.bicep. Received messages are kept by lock token
/// until settled, because the SDK settles the message object, not the token.
/// </summary>
[SuppressMessage("Naming", "CA1711", Justification = "It is a queue: the broker's own word for what it is.")]
public sealed class ServiceBusWorkQueue(ServiceBusSender sender, ServiceBusReceiver receiver, TimeSpan? receiveWait = null) : IWorkQueue
{
    private readonly ConcurrentDictionary<string, ServiceBusReceivedMessage> _locked = new(StringComparer.Ordinal);
    private readonly TimeSpan _receiveWait = receiveWait ?? TimeSpan.FromSeconds(5);

    public Task SendAsync(WorkMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var outgoing = new ServiceBusMessage(message.Command.ToBytes())
        {
            MessageId = message.MessageId,
            Subject = message.Command.Subject,
            ContentType = "application/json",
        };
        if (message.ScheduledFor is { } at)
            outgoing.ScheduledEnqueueTime = at;
        return sender.SendMessageAsync(outgoing, cancellationToken);
    }

    public async Task<IReadOnlyList<ReceivedWork>> ReceiveAsync(int maxMessages, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxMessages);
        var messages = await receiver.ReceiveMessagesAsync(maxMessages, _receiveWait, cancellationToken);
        var received = new List<ReceivedWork>(messages.Count);
        foreach (var message in messages)
        {
            _locked[message.LockToken] = message;
            received.Add(new ReceivedWork(
                message.MessageId, message.Subject, message.Body.ToMemory(), message.DeliveryCount, message.EnqueuedTime,
                message.LockedUntil, message.LockToken));
        }
        return received;
    }

    public Task CompleteAsync(ReceivedWork work, CancellationToken cancellationToken) =>
        SettleAsync(work, message => receiver.CompleteMessageAsync(message, cancellationToken));

    public Task AbandonAsync(ReceivedWork work, CancellationToken cancellationToken) =>
        SettleAsync(work, message => receiver.AbandonMessageAsync(message, cancellationToken: cancellationToken));

    public Task DeadLetterAsync(ReceivedWork work, string reason, string description, CancellationToken cancellationToken) =>
        SettleAsync(work, message => receiver.DeadLetterMessageAsync(message, reason, description, cancellationToken));

    private async Task SettleAsync(ReceivedWork work, Func<ServiceBusReceivedMessage, Task> settle)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (!_locked.TryRemove(work.LockToken, out var message))
            throw new WorkLockLostException("The work item was not received here or was already settled.");
        try
        {
            await settle(message);
        }
        catch (ServiceBusException error) when (error.Reason == ServiceBusFailureReason.MessageLockLost)
        {
            throw new WorkLockLostException("The work item's lock expired before it was settled.", error);
        }
    }
}
