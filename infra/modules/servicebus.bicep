// The queue publish work items travel on: keys only (no PHI), duplicate detection on the deterministic MessageId,
// a delivery limit after which the broker dead-letters, and dead-lettering of expired items. Local (SAS) auth is
// off: the app sends and receives with its managed identity.

@description('Name of the Service Bus namespace.')
param name string

@description('Azure region for the namespace.')
param location string

@description('Tags applied to every resource.')
param tags object

@description('Name of the Function App\'s user-assigned identity, granted send and receive on the queue only.')
param identityName string

@description('Name of the publish work-item queue.')
param queueName string

@description('Deliveries before the broker dead-letters an item. Keep it above the app\'s Keepage__Publish__MaxDeliveryCount so the app dead-letters first, with its own reason.')
@minValue(1)
@maxValue(2000)
param maxDeliveryCount int

@description('How long a resend with the same MessageId is dropped (ISO 8601 duration, 20 seconds to 7 days). Longer than the analysis period, so replanning the same changes queues them once.')
param duplicateDetectionWindow string

@description('How long a received item stays locked (ISO 8601 duration, at most 5 minutes); longer than one work item takes to publish.')
param lockDuration string

var roles = {
  sender: '69a216fc-b8fb-44d8-bc22-1f3c2cd27a39'
  receiver: '4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0'
}

// Duplicate detection needs the Standard tier or above.
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' existing = {
  name: identityName
}

resource namespace 'Microsoft.ServiceBus/namespaces@2024-01-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: 'Standard'
    tier: 'Standard'
  }
  properties: {
    disableLocalAuth: true
    minimumTlsVersion: '1.2'
  }
}

resource queue 'Microsoft.ServiceBus/namespaces/queues@2024-01-01' = {
  parent: namespace
  name: queueName
  properties: {
    requiresDuplicateDetection: true
    duplicateDetectionHistoryTimeWindow: duplicateDetectionWindow
    maxDeliveryCount: maxDeliveryCount
    lockDuration: lockDuration
    deadLetteringOnMessageExpiration: true
    defaultMessageTimeToLive: 'P14D'
    requiresSession: false
  }
}

resource sender 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(queue.id, identityName, roles.sender)
  scope: queue
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.sender)
  }
}

resource receiver 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(queue.id, identityName, roles.receiver)
  scope: queue
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.receiver)
  }
}

@description('Host name of the namespace (Keepage__ServiceBus__FullyQualifiedNamespace).')
output fullyQualifiedNamespace string = split(replace(namespace.properties.serviceBusEndpoint, 'https://', ''), ':')[0]

@description('Name of the publish work-item queue.')
output queueName string = queue.name
