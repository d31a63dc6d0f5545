using Keepage.Connectors.Messaging;
using Keepage.Core.Messaging;

namespace Keepage.Tests.Messaging;

public sealed class InProcessPublishWorkConsumerTests : PublishWorkConsumerContract
{
    protected override IWorkQueue QueueOver(InProcessWorkQueue broker) => broker;
}
