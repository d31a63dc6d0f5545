using System.ComponentModel.DataAnnotations;

namespace Keepage.Functions.Publishing;

/// <summary>The Service Bus queue publish work items go through (section <c>Keepage:ServiceBus</c>); reached with the managed identity.</summary>
public sealed class ServiceBusQueueOptions
{
    public const string ConfigurationSection = "Keepage:ServiceBus";

    /// <summary>The namespace host, e.g. <c>kpg-prod-sb.servicebus.windows.net</c>. No connection string: access is by identity.</summary>
    [Required(ErrorMessage = "Keepage:ServiceBus:FullyQualifiedNamespace is required: the Service Bus namespace host name.")]
    public string FullyQualifiedNamespace { get; set; } = "";

    [Required]
    public string QueueName { get; set; } = "publish-crm-records";

    /// <summary>The client id of the user-assigned managed identity; empty uses the default credential chain.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>How long one receive waits for messages when the queue is empty.</summary>
    [Range(1, 60)]
    public int ReceiveWaitSeconds { get; set; } = 5;
}
