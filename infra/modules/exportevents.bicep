// Blob-created events from the exports container, delivered to the app's Event Grid Blob trigger endpoint
// (https://learn.microsoft.com/azure/azure-functions/functions-event-grid-blob-trigger). Deploy this after the app
// package is published: the endpoint's blobs_extension key exists only once the Functions host has started.

@description('Name of the exports storage account whose events are subscribed to.')
param exportsAccountName string

@description('Name of the Function App hosting the Blob trigger.')
param functionAppName string

@description('Azure region of the storage account (system topics live beside their source).')
param location string

@description('Tags applied to every resource.')
param tags object

@description('Name of the container exports arrive in.')
param exportsContainerName string

@description('Name of the Blob-triggered function (IngestArrivedExport).')
param functionName string

resource exportsAccount 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: exportsAccountName
}

resource app 'Microsoft.Web/sites@2024-04-01' existing = {
  name: functionAppName
}

resource topic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: '${exportsAccountName}-events'
  location: location
  tags: tags
  properties: {
    source: exportsAccount.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

resource subscription 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = {
  parent: topic
  name: 'ingest-arrived-exports'
  properties: {
    destination: {
      endpointType: 'WebHook'
      properties: {
        endpointUrl: 'https://${app.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.${functionName}&code=${listKeys('${app.id}/host/default', '2024-04-01').systemKeys.blobs_extension}'
      }
    }
    filter: {
      includedEventTypes: [
        'Microsoft.Storage.BlobCreated'
      ]
      subjectBeginsWith: '/blobServices/default/containers/${exportsContainerName}/'
    }
    eventDeliverySchema: 'EventGridSchema'
    retryPolicy: {
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
  }
}
