using Keepage.Connectors.Messaging;
using Keepage.Core.Messaging;

namespace Keepage.Tests.Messaging;

public sealed class ServiceBusPublishWorkConsumerTests : PublishWorkConsumerContract
{
    protected override IWorkQueue QueueOver(InProcessWorkQueue broker)
    {
        var bus = new BrokerBackedServiceBus(broker);
        return new ServiceBusWorkQueue(bus.SenderFor(), bus.ReceiverFor());
    }
}
