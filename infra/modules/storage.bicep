// Two accounts: the Functions host's own (runtime state and the deployment package) and the exports account,
// whose "exports" container receives EHR files (PHI) and is reachable only with Entra ID, never with account keys.

@description('Name of the Functions host storage account (3-24 lower-case letters and digits).')
@minLength(3)
@maxLength(24)
param hostAccountName string

@description('Name of the exports storage account (3-24 lower-case letters and digits).')
@minLength(3)
@maxLength(24)
param exportsAccountName string

@description('Azure region for the accounts.')
param location string

@description('Tags applied to every resource.')
param tags object

@description('Name of the Function App\'s user-assigned identity, granted data roles on both accounts.')
param identityName string

@description('Name of the container the app package is deployed to (Flex Consumption).')
param packageContainerName string

@description('Name of the container exports arrive in; the Blob trigger watches it.')
param exportsContainerName string

@description('Days a deleted export blob can be restored.')
@minValue(1)
@maxValue(365)
param deleteRetentionDays int

var roles = {
  blobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  blobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  queueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  tableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' existing = {
  name: identityName
}

resource hostAccount 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: hostAccountName
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    defaultToOAuthAuthentication: true
  }
}

resource hostBlobs 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: hostAccount
  name: 'default'
}

resource packageContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: hostBlobs
  name: packageContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource exportsAccount 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: exportsAccountName
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_ZRS'
  }
  properties: {
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    defaultToOAuthAuthentication: true
    encryption: {
      requireInfrastructureEncryption: true
      keySource: 'Microsoft.Storage'
      services: {
        blob: {
          enabled: true
        }
      }
    }
  }
}

resource exportsBlobs 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: exportsAccount
  name: 'default'
  properties: {
    deleteRetentionPolicy: {
      enabled: true
      days: deleteRetentionDays
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: deleteRetentionDays
    }
  }
}

resource exportsContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: exportsBlobs
  name: exportsContainerName
  properties: {
    publicAccess: 'None'
  }
}

// The Functions host keeps leases, timers' schedule state and blob receipts in its account: it needs to own blobs
// there and use queues and tables (https://learn.microsoft.com/azure/azure-functions/functions-reference#connecting-to-host-storage-with-an-identity).
resource hostBlobOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(hostAccount.id, identityName, roles.blobDataOwner)
  scope: hostAccount
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.blobDataOwner)
  }
}

resource hostQueues 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(hostAccount.id, identityName, roles.queueDataContributor)
  scope: hostAccount
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.queueDataContributor)
  }
}

resource hostTables 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(hostAccount.id, identityName, roles.tableDataContributor)
  scope: hostAccount
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.tableDataContributor)
  }
}

// The app only reads exports: contributor on the exports container, not owner of the account.
resource exportsReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(exportsContainer.id, identityName, roles.blobDataContributor)
  scope: exportsContainer
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.blobDataContributor)
  }
}

@description('Name of the host storage account (AzureWebJobsStorage__accountName).')
output hostAccountName string = hostAccount.name

@description('Blob endpoint of the host account followed by the package container: where Flex Consumption reads the app package.')
output packageContainerUrl string = '${hostAccount.properties.primaryEndpoints.blob}${packageContainer.name}'

@description('Resource id of the exports account (the Event Grid system topic source).')
output exportsAccountId string = exportsAccount.id

@description('Name of the exports account.')
output exportsAccountName string = exportsAccount.name

@description('Blob endpoint of the exports account (ExportStorage__blobServiceUri).')
output exportsBlobEndpoint string = exportsAccount.properties.primaryEndpoints.blob
