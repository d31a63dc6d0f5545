// The Function App on Flex Consumption (.NET isolated worker). It runs as the user-assigned identity; every
// connection setting names an endpoint and that identity, and secrets are Key Vault references.

@description('Name of the Function App (also the host name prefix).')
param name string

@description('Azure region for the plan and the app.')
param location string

@description('Tags applied to every resource.')
param tags object

@description('Resource id of the user-assigned identity the app runs as.')
param identityId string

@description('Client id of that identity.')
param identityClientId string

@description('Blob container URL the app package is deployed to.')
param packageContainerUrl string

@description('Name of the Functions host storage account.')
param hostStorageAccountName string

@description('Blob endpoint of the exports storage account.')
param exportsBlobEndpoint string

@description('Application Insights connection string.')
param applicationInsightsConnectionString string

@description('Most instances the app scales out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int

@description('Memory per instance in MB (2048 or 4096).')
@allowed([
  2048
  4096
])
param instanceMemoryMB int

@description('Keepage settings (name to value), added to the platform settings; see docs/deployment.md for each.')
param keepageSettings object

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${name}-plan'
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

var platformSettings = {
  AzureWebJobsStorage__accountName: hostStorageAccountName
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  ExportStorage__blobServiceUri: exportsBlobEndpoint
  ExportStorage__credential: 'managedidentity'
  ExportStorage__clientId: identityClientId
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: packageContainerUrl
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      appSettings: [for setting in items(union(platformSettings, keepageSettings)): {
        name: setting.key
        value: string(setting.value)
      }]
    }
  }
}

@description('Name of the Function App.')
output name string = app.name

@description('Default host name of the Function App.')
output defaultHostName string = app.properties.defaultHostName
