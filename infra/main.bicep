// Keepage on Azure: the Functions app (Flex Consumption, .NET isolated), its storage and export container, the Service
// Bus queue for publish work items, PostgreSQL with Entra authentication, Key Vault, Application Insights, and one
// user-assigned identity with least-privilege roles. Deploy with docs/deployment.md.
targetScope = 'resourceGroup'

@description('Short lower-case name for this deployment (letters and digits, 3-11), used in every resource name, e.g. kpgprod.')
@minLength(3)
@maxLength(11)
param name string

@description('Azure region for every resource.')
param location string = resourceGroup().location

@description('Tags applied to every resource.')
param tags object = {
  application: 'keepage'
}

@description('Object id of the Entra group that administers PostgreSQL (creates the app\'s role; see docs/deployment.md).')
param postgresAdminGroupObjectId string

@description('Display name of that Entra group.')
param postgresAdminGroupName string

@description('PostgreSQL compute SKU.')
param postgresSkuName string = 'Standard_B1ms'

@description('PostgreSQL compute tier matching the SKU.')
@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param postgresSkuTier string = 'Burstable'

@description('PostgreSQL storage in GB.')
@minValue(32)
param postgresStorageSizeGB int = 32

@description('Zone-redundant high availability for PostgreSQL (not on the Burstable tier).')
param postgresHighAvailability bool = false

@description('Most Function App instances.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Memory per Function App instance in MB.')
@allowed([
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Dataverse environment URL, e.g. https://contoso.crm.dynamics.com.')
param dataverseUrl string

@description('Entra tenant of the Dataverse application user.')
param dataverseTenantId string = tenant().tenantId

@description('Client (application) id of the Dataverse application user.')
param dataverseClientId string

@description('Client secret of the Dataverse application user, stored in Key Vault. Empty keeps the one already there.')
@secure()
param dataverseClientSecret string = ''

@description('Base64 HMAC key (32+ bytes) that pseudonymises patient ids, stored in Key Vault. Empty keeps the one already there.')
@secure()
param patientKey string = ''

@description('Deliveries before Service Bus dead-letters a publish work item; the app dead-letters with its own reason after Keepage__Publish__MaxDeliveryCount (5).')
@minValue(6)
@maxValue(2000)
param queueMaxDeliveryCount int = 10

@description('Subscribe the Blob trigger to export events. Set true on the second deployment, after the app package is published.')
param subscribeExportEvents bool = false

@description('Days Log Analytics keeps data.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 90

var suffix = uniqueString(resourceGroup().id, name)
var exportsContainerName = 'exports'
var queueName = 'publish-crm-records'
var databaseName = 'keepage'
var identityName = '${name}-app-identity'
var exportsAccountName = take('${name}data${suffix}', 24)
var functionAppName = '${name}-func-${suffix}'

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: identityName
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    name: name
    location: location
    tags: tags
    retentionInDays: logRetentionInDays
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  dependsOn: [
    identity
  ]
  params: {
    hostAccountName: take('${name}host${suffix}', 24)
    exportsAccountName: exportsAccountName
    location: location
    tags: tags
    identityName: identityName
    packageContainerName: 'app-package'
    exportsContainerName: exportsContainerName
    deleteRetentionDays: 30
  }
}

module serviceBus 'modules/servicebus.bicep' = {
  name: 'servicebus'
  dependsOn: [
    identity
  ]
  params: {
    name: '${name}-bus-${suffix}'
    location: location
    tags: tags
    identityName: identityName
    queueName: queueName
    maxDeliveryCount: queueMaxDeliveryCount
    duplicateDetectionWindow: 'PT2H'
    lockDuration: 'PT2M'
  }
}

module postgres 'modules/postgres.bicep' = {
  name: 'postgres'
  params: {
    name: '${name}-pg-${suffix}'
    location: location
    tags: tags
    adminGroupObjectId: postgresAdminGroupObjectId
    adminGroupName: postgresAdminGroupName
    skuName: postgresSkuName
    skuTier: postgresSkuTier
    storageSizeGB: postgresStorageSizeGB
    highAvailability: postgresHighAvailability
    databaseName: databaseName
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  dependsOn: [
    identity
  ]
  params: {
    name: take('${name}-kv-${suffix}', 24)
    location: location
    tags: tags
    identityName: identityName
    patientKey: patientKey
    dataverseClientSecret: dataverseClientSecret
  }
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  params: {
    name: functionAppName
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    packageContainerUrl: storage.outputs.packageContainerUrl
    hostStorageAccountName: storage.outputs.hostAccountName
    exportsBlobEndpoint: storage.outputs.exportsBlobEndpoint
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    keepageSettings: {
      // No password: the store signs in with an Entra token for the identity, whose role owns schema "keepage".
      Keepage__Store__ConnectionString: 'Host=${postgres.outputs.fullyQualifiedDomainName};Database=${postgres.outputs.databaseName};Username=${identity.outputs.name};Search Path=keepage;Ssl Mode=VerifyFull'
      Keepage__Store__ManagedIdentityClientId: identity.outputs.clientId
      Keepage__ServiceBus__FullyQualifiedNamespace: serviceBus.outputs.fullyQualifiedNamespace
      Keepage__ServiceBus__QueueName: serviceBus.outputs.queueName
      Keepage__ServiceBus__ManagedIdentityClientId: identity.outputs.clientId
      Keepage__Publish__MaxDeliveryCount: 5
      Keepage__Ingest__PatientKey: keyVault.outputs.patientKeyReference
      Keepage__Ingest__DefaultProfile: 'canonical'
      Keepage__Crm__Dataverse__Url: dataverseUrl
      Keepage__Crm__Dataverse__TenantId: dataverseTenantId
      Keepage__Crm__Dataverse__ClientId: dataverseClientId
      Keepage__Crm__Dataverse__ClientSecret: keyVault.outputs.dataverseClientSecretReference
    }
  }
}

module exportEvents 'modules/exportevents.bicep' = if (subscribeExportEvents) {
  name: 'exportevents'
  dependsOn: [
    functionApp
    storage
  ]
  params: {
    exportsAccountName: exportsAccountName
    functionAppName: functionAppName
    location: location
    tags: tags
    exportsContainerName: exportsContainerName
    functionName: 'IngestArrivedExport'
  }
}

@description('Name of the Function App (for dotnet publish + zip deploy).')
output functionAppName string = functionApp.outputs.name

@description('Default host name of the Function App.')
output functionAppHostName string = functionApp.outputs.defaultHostName

@description('Name of the storage account whose "exports" container receives export files.')
output exportsAccountName string = storage.outputs.exportsAccountName

@description('Host name of the PostgreSQL server.')
output postgresHost string = postgres.outputs.fullyQualifiedDomainName

@description('Name of the app identity, which is also its PostgreSQL role name.')
output appIdentityName string = identity.outputs.name

@description('URI of the Key Vault holding the patient key and CRM secrets.')
output keyVaultUri string = keyVault.outputs.uri
